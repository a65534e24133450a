package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.auth.VerifiedSession;
import dev.amba.servlet.AmbaRequests;
import dev.amba.users.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The BFF for a browser or mobile app that signed in with Amba's client SDK and holds an Amba
 * session token. The filter {@code amba-session} in web.xml verifies its {@code Authorization:
 * Bearer} token with Amba (a refused one never reaches this class) and attaches the verified user;
 * CDI hands this bean the request it reads them from.
 */
@Path("app")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppResource {

  /** @param sessionExpiresAt when the caller's Amba session ends, ISO-8601; null when Amba did not say */
  public record AppProfile(String uid, String email, String sessionExpiresAt) {}

  @Inject HttpServletRequest request;

  @GET
  @Path("me")
  public AppProfile me() {
    // Only the verifying filter sets the session; its user handle acts for the token's owner.
    VerifiedSession session = AmbaRequests.session(request).orElseThrow(AppResource::noToken);
    AmbaUser user = AmbaRequests.user(request).orElseThrow(AppResource::noToken);
    AppUser me = user.users().me();
    return new AppProfile(me.id(), me.email(), session.expiry().map(Object::toString).orElse(null));
  }

  private static WebApplicationException noToken() {
    return new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
        .header("WWW-Authenticate", "Bearer realm=\"amba\"").type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody("not_signed_in", "send Authorization: Bearer <Amba session token>")).build());
  }
}
