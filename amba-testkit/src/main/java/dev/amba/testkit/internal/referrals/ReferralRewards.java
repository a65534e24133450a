package dev.amba.testkit.internal.referrals;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewards (21.3, 21.4 #3): the reward objects a body gives, checked and kept in the map form
 * {@code {"<currency_code>": n, "xp": n}}, and their payment after a claim commits, each credit on
 * its own and best effort, so a failed one never fails the claim nor stops the others.
 *
 * <p>X: {@code xp} in a reward always means XP, so a currency coded {@code xp} cannot be paid as a
 * reward; the {@code {"currency": code, "amount": n}} form is taken on input and stored as the map
 * form; a reward names at most {@value #MAX_CURRENCIES} currencies.
 */
final class ReferralRewards {

  static final String XP = "xp";
  static final int MAX_CURRENCIES = 50;
  /** 13.3: the ledger's reason and the {@code xp_awarded} source of a referral's XP. */
  static final String SOURCE = "referral";

  private static final System.Logger LOG = System.getLogger("dev.amba.testkit");
  private static final String AMOUNT_RULE = "must be a whole number from 1 to " + Integer.MAX_VALUE;

  private final Stores stores;
  private final Wallets wallets;
  private final XpCredits xp;

  ReferralRewards(Stores stores, Wallets wallets, XpCredits xp) {
    this.stores = stores;
    this.wallets = wallets;
    this.xp = xp;
  }

  /**
   * Puts the reward fields a body gave into the map form.
   *
   * @throws ApiException 400 {@code invalid_input} naming each field that is no reward object
   */
  static void canonical(Values values, String... fields) {
    FieldErrors errors = new FieldErrors("invalid_input");
    for (String field : fields) {
      JsonValue given = values.get(field);
      if (given != null) {
        JsonObject reward = canonical(field, given, errors);
        if (reward != null) {
          values.set(field, reward);
        }
      }
    }
    errors.throwIfAny();
  }

  /** The map form of one reward, or null after recording why it is none. */
  private static JsonObject canonical(String field, JsonValue given, FieldErrors errors) {
    if (given.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(field, "an object of currency codes (and xp) to whole numbers", given);
      return null;
    }
    JsonObject reward = given.asJsonObject();
    if (reward.get("currency") instanceof JsonString code) {
      // 21.3's other form: one currency and its amount.
      int before = errors.size();
      errors.unknownFields(field + ".", reward.keySet(), Set.of("currency", "amount"), "is not a field of a "
          + "{currency, amount} reward; expected one of");
      checkCurrency(field + ".currency", code.getString(), errors);
      checkAmount(field + ".amount", reward.get("amount"), errors);
      return errors.size() > before ? null
          : JsonIo.object().add(code.getString(), reward.getJsonNumber("amount").intValueExact()).build();
    }
    int before = errors.size();
    int currencies = 0;
    JsonObjectBuilder out = JsonIo.object();
    for (Map.Entry<String, JsonValue> e : reward.entrySet()) {
      String path = field + "." + e.getKey();
      if (!e.getKey().equals(XP)) {
        currencies++;
        checkCurrency(path, e.getKey(), errors);
      }
      if (checkAmount(path, e.getValue(), errors)) {
        // Kept as an int, so 5.0 is stored and answered as 5.
        out.add(e.getKey(), ((JsonNumber) e.getValue()).intValueExact());
      }
    }
    if (currencies > MAX_CURRENCIES) {
      errors.add(field, "must name at most " + MAX_CURRENCIES + " currencies");
    }
    return errors.size() > before ? null : out.build();
  }

  private static void checkCurrency(String path, String code, FieldErrors errors) {
    if (!Field.KEY.matcher(code).matches() || code.equals(XP)) {
      errors.add(path, "the currency code " + Field.KEY_RULE + ", other than xp");
    }
  }

  private static boolean checkAmount(String path, JsonValue value, FieldErrors errors) {
    boolean whole = value instanceof JsonNumber n && n.bigDecimalValue().signum() > 0
        && n.bigDecimalValue().stripTrailingZeros().scale() <= 0
        && n.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    if (!whole) {
      errors.add(path, AMOUNT_RULE, "integer", value == null ? JsonValue.NULL : value);
    }
    return whole;
  }

  /**
   * Pays a stored reward to a user (21.4 #3): each currency the project defines through the
   * wallets (cut to its cap; source referral, the claim as reference), codes that name no currency
   * skipped; {@code xp} through the XP ledger, whose derived events the user's stream receives as
   * depth-1 events (M4).
   */
  void pay(String projectId, String userId, JsonObject reward, String claimId) {
    for (Map.Entry<String, JsonValue> e : reward.entrySet()) {
      String code = e.getKey();
      if (code.equals(XP)) {
        continue;
      }
      int amount = ((JsonNumber) e.getValue()).intValueExact();
      try {
        if (wallets.isCurrency(projectId, code)) {
          wallets.credit(projectId, userId, code, amount, Wallets.Cause.referral(claimId));
        }
      } catch (ApiException | SQLException failed) {
        // A currency deleted since the check, say: the other rewards and the claim stand.
        skipped(code, failed);
      }
    }
    if (reward.get(XP) instanceof JsonNumber amount) {
      List<DerivedEvent> derived = new ArrayList<>();
      try {
        xp.credit(projectId, userId, amount.intValueExact(), SOURCE, SOURCE, null, derived::add);
      } catch (SQLException failed) {
        skipped(XP, failed);
      }
      for (DerivedEvent d : derived) {
        emit(projectId, userId, d.name(), d.properties());
      }
    }
  }

  /** Writes an event into the user's stream as the server's own, at depth 1 (M4), which runs the pipeline. */
  void emit(String projectId, String userId, String name, JsonObject properties) {
    try {
      stores.events().insert(projectId, List.of(new NewEvent(userId, name, properties, null, null)), 1);
    } catch (ApiException | SQLException failed) {
      skipped("the event " + name, failed);
    }
  }

  /** The {@code referral_claimed} properties of M5. */
  static JsonObject claimed(String codeId, String referrerId) {
    JsonObjectBuilder p = JsonIo.object().add("referral_code_id", codeId).add("referrer_id", JsonIo.string(referrerId));
    return p.build();
  }

  private static void skipped(String what, Exception failed) {
    LOG.log(System.Logger.Level.DEBUG, "referral reward: " + what + " skipped (" + failed.getMessage() + ")");
  }
}
