package dev.amba.it.quarkus;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.cdi.AmbaClientName;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A resource of a multi-tenant service: the default client, and the client of the tenant "acme",
 * each asked who a user is. The answer names the project that answered, so a test sees which
 * client a route was given.
 */
@Path("/whoami")
@Produces(MediaType.TEXT_PLAIN)
public class WhoAmIResource {

  @Inject AmbaClient amba;

  @Inject @AmbaClientName("acme") AmbaClient acme;

  @GET
  @Path("/health")
  public String health() {
    return amba.health().isReady() ? "ready" : "not ready";
  }

  @GET
  @Path("/default/{uid}")
  public Response asDefault(@PathParam("uid") String uid) {
    return whoIs(amba, uid);
  }

  @GET
  @Path("/acme/{uid}")
  public Response asAcme(@PathParam("uid") String uid) {
    return whoIs(acme, uid);
  }

  private static Response whoIs(AmbaClient client, String uid) {
    String project = client.settings().projectId();
    try {
      return Response.ok(project + " " + client.asUser(uid).users().me().id()).build();
    } catch (AmbaApiException e) {
      return Response.status(e.status()).entity(project + " " + e.code()).build();
    }
  }
}
