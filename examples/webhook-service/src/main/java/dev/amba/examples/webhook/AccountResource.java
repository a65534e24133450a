package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.auth.AuthSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sign-up and sign-in for the BFF. Amba checks the password; the service then keeps its own
 * session, so the browser holds a cookie and never an Amba token.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record Credentials(String email, String password) {}

  public record SignedIn(String uid) {}

  @Inject AmbaClient amba;

  // JSON only: a cross-site form cannot send it without a CORS preflight, which keeps the cookie
  // session safe from CSRF without a token.
  @POST
  @Path("signup")
  @Consumes(MediaType.APPLICATION_JSON)
  public SignedIn signUp(Credentials credentials, @Context HttpServletRequest request) {
    check(credentials);
    AuthSession session = amba.auth().signUpWithEmail(credentials.email(), credentials.password());
    Sessions.start(request, session.user().id());
    return new SignedIn(session.user().id());
  }

  @POST
  @Path("session")
  @Consumes(MediaType.APPLICATION_JSON)
  public SignedIn signIn(Credentials credentials, @Context HttpServletRequest request) {
    check(credentials);
    AuthSession session = amba.auth().signInWithEmail(credentials.email(), credentials.password());
    Sessions.start(request, session.user().id());
    return new SignedIn(session.user().id());
  }

  @DELETE
  @Path("session")
  public Response signOut(@Context HttpServletRequest request) {
    Sessions.end(request);
    return Response.noContent().build();
  }

  private static void check(Credentials credentials) {
    if (credentials == null || credentials.email() == null || credentials.password() == null) {
      throw new BadRequestException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ErrorBody("invalid_request", "send {\"email\": ..., \"password\": ...}")).build());
    }
  }
}
