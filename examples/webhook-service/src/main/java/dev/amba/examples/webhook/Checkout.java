package dev.amba.examples.webhook;

import dev.amba.AmbaApiException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.inventory.PurchaseResult;
import dev.amba.stores.StoreListingView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The BFF's checkout for one user: the welcome coupon claimed as a promo code, the item bought
 * through the shop with coins, and the order tracked so that Amba's XP rule turns it into loyalty.
 *
 * <p>The purchase is Amba's one step: the shop's price is debited from the user's coins and the item
 * credited together, or nothing happens. The coupon is claimed first and pays its coins into the
 * wallet, so a purchase that fails after it (too few coins even so) loses the user nothing.
 */
@ApplicationScoped
public class Checkout {

  private static final Pattern ITEM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final int MAX_COUPON_LENGTH = 64;

  /** What the browser sends. A {@code user_id} in it would be ignored: the session decides. */
  public record Request(String item, String coupon) {}

  /**
   * @param orderId the purchase's transaction in the user's coin ledger
   * @param couponApplied whether the welcome coupon was claimed with this order
   */
  public record Receipt(String orderId, String uid, String item, long priceCoins, boolean couponApplied,
      long coinsLeft) {}

  /**
   * @throws ServiceException 400 for a bad request or an unknown coupon, 402 for too few coins
   *     (nothing charged), 404 for an item the shop does not sell, 409 for a coupon already used or
   *     a durable item already owned
   */
  public Receipt checkout(AmbaUser user, Request request) {
    if (request == null || request.item() == null || !ITEM_KEY.matcher(request.item()).matches()) {
      throw new ServiceException(400, "invalid_item", "send {\"item\": \"mug\"}, optionally with \"coupon\"");
    }
    String coupon = request.coupon() == null || request.coupon().isBlank() ? null : request.coupon().strip();
    if (coupon != null) {
      claim(user, coupon);
    }
    PurchaseResult bought = purchase(user, request.item());
    String orderId = bought.transactionId() != null ? bought.transactionId() : UUID.randomUUID().toString();
    // The order id is the event id: a retried request cannot count the order, or its XP, twice.
    user.events().track(Event.of(Shop.ORDER_EVENT, Map.of(
        "item", request.item(),
        "price_coins", bought.price(),
        "coupon", coupon == null ? "none" : coupon)).withEventId("order-" + orderId));
    return new Receipt(orderId, user.uid(), request.item(), bought.price(), coupon != null, bought.balanceAfter());
  }

  private static void claim(AmbaUser user, String coupon) {
    if (coupon.length() > MAX_COUPON_LENGTH) {
      throw new ServiceException(400, "unknown_coupon", "no such coupon");
    }
    try {
      user.referrals().claim(coupon);
    } catch (AmbaNotFoundException e) {
      throw new ServiceException(400, "unknown_coupon", "no such coupon: " + coupon);
    } catch (AmbaBadRequestException e) {
      if (e.hasCode("already_claimed")) {
        throw new ServiceException(409, "coupon_already_used", "you have used " + coupon + " already; nothing was charged");
      }
      // self_referral, max_uses_reached
      throw new ServiceException(409, "coupon_not_applicable", "this coupon cannot be used here: " + e.serverMessage());
    }
  }

  private static PurchaseResult purchase(AmbaUser user, String item) {
    try {
      return user.inventory().purchase(item, Shop.COINS, Shop.STORE);
    } catch (AmbaNotFoundException e) {
      throw new ServiceException(404, "unknown_item", "the shop does not sell " + item);
    } catch (AmbaConflictException e) {
      if (e.hasCode("already_owned")) {
        throw new ServiceException(409, "already_owned", "you own a " + item + " already, and one is all it takes");
      }
      throw e;
    } catch (AmbaBadRequestException e) {
      if (e.hasCode("insufficient_balance")) {
        throw new ServiceException(402, "insufficient_coins", tooFewCoins(user, item));
      }
      if (e.hasCode("max_purchases_reached")) {
        throw new ServiceException(409, "limit_reached", "you have bought as many of " + item + " as the shop allows");
      }
      throw e;
    }
  }

  /** Says what it costs and what the user has, read after the refusal; nothing was charged either way. */
  private static String tooFewCoins(AmbaUser user, String item) {
    try {
      String price = user.stores().get(Shop.STORE).listings().stream()
          .filter(l -> l.item() != null && item.equals(l.item().key())).findFirst()
          .flatMap((StoreListingView l) -> l.price(Shop.COINS)).map(BigDecimal::toPlainString).orElse("more");
      long coins = Wallet.coins(user);
      return item + " costs " + price + " coins and you have " + coins + "; nothing was charged";
    } catch (AmbaApiException unreadable) {
      return "you do not have enough coins for " + item + "; nothing was charged";
    }
  }
}
