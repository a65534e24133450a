package dev.amba.examples.webhook;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The answer for a {@link ServiceException}: its status and body, as JSON. */
@Provider
public class ServiceErrors implements ExceptionMapper<ServiceException> {

  @Override
  public Response toResponse(ServiceException e) {
    return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.body()).build();
  }
}
