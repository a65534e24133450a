package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.users.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The BFF endpoints for the signed-in caller. The user comes from the session, through the {@code
 * ambaUser} attribute that AmbaFilter set; nothing in the request body or headers can name another.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  public record Profile(String uid, String email, Map<String, Object> properties) {
    static Profile of(AppUser user) {
      return new Profile(user.id(), user.email(), user.properties());
    }
  }

  @Inject Checkout checkout;

  @GET
  public Profile me(@Context HttpServletRequest request) {
    return Profile.of(Sessions.currentUser(request).users().me());
  }

  @POST
  @Path("checkout")
  @Consumes(MediaType.APPLICATION_JSON)
  public Checkout.Receipt checkout(Checkout.Request order, @Context HttpServletRequest request) {
    AmbaUser user = Sessions.currentUser(request);
    return checkout.checkout(user, order);
  }
}
