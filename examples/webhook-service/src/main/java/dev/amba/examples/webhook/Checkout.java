package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The business logic the BFF adds on top of Amba: prices from the server's catalog, a first-order
 * coupon that works once per user, loyalty points, and an analytics event, all for one user.
 */
@ApplicationScoped
public class Checkout {

  static final String WELCOME_COUPON = "WELCOME10";
  private static final int MAX_LINES = 20;
  private static final int MAX_QUANTITY = 10;

  public record LineItem(String sku, int quantity) {}

  /** What the browser sends. A {@code user_id} in it would be ignored: the session decides. */
  public record Request(List<LineItem> items, String coupon) {}

  public record Receipt(String orderId, String uid, long subtotalCents, long discountCents, long totalCents,
      long pointsEarned, long loyaltyPoints) {}

  public Receipt checkout(AmbaUser user, Request request) {
    long subtotal = subtotal(request);
    AppUser profile = user.users().me();
    Map<String, Object> properties = profile.properties();

    boolean couponApplies = WELCOME_COUPON.equalsIgnoreCase(String.valueOf(request.coupon()))
        && !Boolean.TRUE.equals(properties.get("welcome_coupon_used"));
    if (request.coupon() != null && !couponApplies) {
      throw badRequest("coupon_not_applicable", "the coupon is unknown or was already used");
    }
    long discount = couponApplies ? subtotal / 10 : 0;
    long total = subtotal - discount;
    long points = total / 100;
    long loyaltyPoints = Profiles.number(properties, "loyalty_points") + points;
    String orderId = "ord_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("loyalty_points", loyaltyPoints);
    changes.put("orders", Profiles.number(properties, "orders") + 1);
    if (couponApplies) {
      changes.put("welcome_coupon_used", true);
    }
    user.users().update(ProfileUpdate.create().properties(Profiles.merged(properties, changes)));
    // The order id is the event id: a retried request cannot count the order twice.
    user.events().track(Event.of("checkout_completed", Map.of(
        "order_id", orderId,
        "total_cents", total,
        "lines", request.items().size(),
        "coupon", couponApplies ? WELCOME_COUPON : "none")).withEventId(orderId));
    return new Receipt(orderId, user.uid(), subtotal, discount, total, points, loyaltyPoints);
  }

  private static long subtotal(Request request) {
    if (request == null || request.items() == null || request.items().isEmpty()) {
      throw badRequest("empty_cart", "send at least one item: {\"items\": [{\"sku\": \"mug\", \"quantity\": 1}]}");
    }
    if (request.items().size() > MAX_LINES) {
      throw badRequest("too_many_items", "at most " + MAX_LINES + " lines per order");
    }
    long subtotal = 0;
    for (LineItem item : request.items()) {
      if (item == null || item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
        throw badRequest("invalid_quantity", "quantities are 1 to " + MAX_QUANTITY);
      }
      long price = Catalog.priceCents(item.sku())
          .orElseThrow(() -> badRequest("unknown_sku", "no such product: " + item.sku()));
      subtotal += price * item.quantity();
    }
    return subtotal;
  }

  private static BadRequestException badRequest(String code, String message) {
    return new BadRequestException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(code, message)).build());
  }
}
