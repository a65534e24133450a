package dev.amba.examples.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts and reports the background job. Meant for a scheduler (cron, a Kubernetes CronJob), so it
 * is guarded by an operator token rather than a user session.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  private static final int MAX_WAIT_SECONDS = 30;

  @Inject LoyaltyBonusJob job;

  @Inject
  @ConfigProperty(name = "jobs.token")
  String token;

  @POST
  @Path("loyalty-bonus")
  public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (!authorized(authorization)) {
      return unauthorized();
    }
    LoyaltyBonusJob.Status status = job.start();
    return Response.accepted(status).location(URI.create("jobs/" + status.id())).build();
  }

  /** {@code ?wait=10} holds the answer until the run finishes, for at most that many seconds. */
  @GET
  @Path("{id}")
  public Response status(@PathParam("id") String id, @QueryParam("wait") @DefaultValue("0") int waitSeconds,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (!authorized(authorization)) {
      return unauthorized();
    }
    Duration wait = Duration.ofSeconds(Math.max(0, Math.min(waitSeconds, MAX_WAIT_SECONDS)));
    return job.status(id, wait).map(s -> Response.ok(s).build())
        .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ErrorBody("no_such_job", "no job run with this id")).build());
  }

  private boolean authorized(String authorization) {
    String expected = "Bearer " + token;
    return authorization != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
  }

  private static Response unauthorized() {
    return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody("unauthorized", "send Authorization: Bearer <jobs.token>")).build();
  }
}
