package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.Health;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Readiness: this service is up and the injected client reaches Amba. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  public record Status(String service, String amba, String sdk) {}

  @Inject AmbaClient amba;

  @GET
  public Response health() {
    Health health = amba.health();
    return Response.status(health.isReady() ? 200 : 503)
        .entity(new Status("up", health.status(), AmbaClient.SDK_VERSION)).build();
  }
}
