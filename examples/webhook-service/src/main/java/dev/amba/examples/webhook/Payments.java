package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.users.ProfileUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a verified payment notification does: a coin pack paid for credits its coins, a
 * subscription sets the plan and credits the plan's monthly coins. Every credit is keyed by the
 * provider's event id ({@link CoinCredits}), so a redelivered or retried notification credits once,
 * and the answer says whether this delivery was a repeat.
 */
@ApplicationScoped
public class Payments {

  /** Coin packs by the provider's product id: the server decides what a payment is worth. */
  static final Map<String, Integer> COIN_PACKS = Map.of("coins_500", 500, "coins_1200", 1_200);
  /** The coins each plan brings when it starts. */
  static final Map<String, Integer> PLAN_COINS = Map.of("pro", 300);

  // The provider's ids become Idempotency-Keys and event ids: 1..128 visible ASCII characters.
  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

  /**
   * @param duplicate whether this delivery repeated one already received (present when coins moved)
   * @param coins what the event credited, once however often it is delivered
   * @param balanceAfter the user's coins right after that credit
   */
  public record Ack(boolean received, String outcome, Boolean duplicate, Long coins, Long balanceAfter,
      String transactionId) {

    static Ack of(String outcome) {
      return new Ack(true, outcome, null, null, null, null);
    }

    static Ack of(String outcome, CoinCredits.Credit credit) {
      return new Ack(true, outcome, !credit.firstTime(), credit.transaction().amount(),
          credit.transaction().balanceAfter(), credit.transaction().id());
    }
  }

  @Inject AmbaClient amba;

  /**
   * @throws ServiceException 400 for a payload this service cannot act on
   */
  public Ack apply(PaymentEvent event) {
    if (event == null || event.id() == null || event.type() == null || event.data() == null
        || event.data().userId() == null) {
      throw new ServiceException(400, "invalid_payload", "id, type and data.user_id are required");
    }
    if (!EVENT_ID.matcher(event.id()).matches()) {
      throw new ServiceException(400, "invalid_payload", "id must be 1..128 letters, digits or _ . : -");
    }
    AmbaUser user;
    try {
      user = amba.asUser(event.data().userId());
    } catch (IllegalArgumentException e) {
      throw new ServiceException(400, "invalid_user_id", "data.user_id is not an Amba user id");
    }
    try {
      return switch (event.type()) {
        case "payment.succeeded" -> coinPack(event, user);
        case "subscription.activated" -> subscription(event, user);
        default -> Ack.of("ignored_type");
      };
    } catch (AmbaNotFoundException e) {
      if (!e.hasCode("user_not_found") && !e.hasCode("not_found")) {
        throw e; // currency_not_found and the like: this service's setup, worth a retry later
      }
      // Redelivering will not make the user exist: acknowledge, so the provider stops retrying.
      return Ack.of("ignored_unknown_user");
    }
  }

  private Ack coinPack(PaymentEvent event, AmbaUser user) {
    Integer coins = event.data().product() == null ? null : COIN_PACKS.get(event.data().product());
    if (coins == null) {
      return Ack.of("ignored_unknown_product");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("product", event.data().product());
    properties.put("coins", coins);
    properties.put("amount", event.data().amount() == null ? 0 : event.data().amount());
    properties.put("currency", String.valueOf(event.data().currency()));
    CoinCredits.Credit credit = CoinCredits.once(amba, user.uid(), coins,
        "payment " + event.id() + ": " + event.data().product(), event.id(),
        Event.of("payment_succeeded", properties));
    return Ack.of("coins_granted", credit);
  }

  private Ack subscription(PaymentEvent event, AmbaUser user) {
    String plan = event.data().plan() == null ? "pro" : event.data().plan();
    Integer coins = PLAN_COINS.get(plan);
    if (coins == null) {
      return Ack.of("ignored_unknown_plan");
    }
    CoinCredits.Credit credit = CoinCredits.once(amba, user.uid(), coins, "plan " + plan + " started, " + event.id(),
        event.id(), Event.of("subscription_activated", Map.of("plan", plan, "coins", coins)));
    // Setting the same plan again is harmless, so a redelivery may do it once more.
    Map<String, Object> properties = user.users().me().properties();
    user.users().update(ProfileUpdate.create().properties(Profiles.merged(properties, Map.of("plan", plan))));
    return Ack.of("plan_" + plan, credit);
  }
}
