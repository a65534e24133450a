package dev.amba.examples.webhook;

import dev.amba.AmbaApiException;
import dev.amba.AmbaException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Turns an Amba error into this service's error body. Statuses that describe the caller's request
 * (bad password, taken email) pass through; anything else is this service's upstream failing, a
 * 502, whose details stay in the log rather than in front of the caller.
 */
@Provider
public class AmbaErrors implements ExceptionMapper<AmbaException> {

  private static final System.Logger LOG = System.getLogger(AmbaErrors.class.getName());
  private static final Set<Integer> CALLER_ERRORS = Set.of(400, 401, 404, 409, 422);

  @Override
  public Response toResponse(AmbaException e) {
    if (e instanceof AmbaApiException api && CALLER_ERRORS.contains(api.status())) {
      return Response.status(api.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ErrorBody(String.valueOf(api.code()).toLowerCase(java.util.Locale.ROOT), api.serverMessage())).build();
    }
    LOG.log(System.Logger.Level.WARNING, "Amba call failed", e);
    return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody("upstream_error", "Amba did not complete the request; try again")).build();
  }
}
