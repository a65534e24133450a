package dev.amba.examples.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A payments provider (Stripe or RevenueCat in spirit) tells the service that a user paid. There is
 * no session here: the signature proves the provider sent the body, and {@link Payments} acts for
 * the user the verified body names.
 */
@Path("webhooks/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsWebhookResource {

  /** Large enough for any real notification, small enough that nobody streams gigabytes at it. */
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Payments payments;

  @Inject
  @ConfigProperty(name = "webhook.secret")
  String secret;

  @Inject
  @ConfigProperty(name = "webhook.tolerance", defaultValue = "PT5M")
  String tolerance;

  @POST
  public Response receive(@HeaderParam(WebhookSignature.HEADER) String signature, @Context HttpServletRequest request)
      throws IOException {
    // The raw bytes, read before anything parses them: the signature covers exactly these.
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      return error(413, "payload_too_large", "at most " + MAX_BODY_BYTES + " bytes");
    }
    WebhookSignature.Verdict verdict = WebhookSignature.verify(secret, signature, body, Clock.systemUTC().instant(),
        Duration.parse(tolerance));
    if (verdict != WebhookSignature.Verdict.VALID) {
      return error(400, "signature_" + verdict.name().toLowerCase(java.util.Locale.ROOT),
          "the " + WebhookSignature.HEADER + " header does not sign this body with the shared secret, recently");
    }

    PaymentEvent event;
    try {
      event = JSON.fromJson(new String(body, java.nio.charset.StandardCharsets.UTF_8), PaymentEvent.class);
    } catch (JsonbException e) {
      return error(400, "invalid_payload", "the body is not a payment event");
    }
    return Response.ok(payments.apply(event)).build();
  }

  private static Response error(int status, String code, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(code, message)).build();
  }
}
