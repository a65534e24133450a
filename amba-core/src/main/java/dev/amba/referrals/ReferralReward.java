package dev.amba.referrals;

import dev.amba.internal.referrals.ReferralArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a claim pays one side (the referrer or the referee): whole amounts of currencies and XP. On
 * the wire it is the object {@code {"<currency_code>": amount, …, "xp": amount}} (21.3). The service
 * credits each currency the project defines, cut to its {@code max_balance}, and skips codes that
 * name no currency; {@code xp} always means XP, so a currency coded {@code xp} cannot be a reward.
 *
 * <pre>{@code
 * ReferralReward welcome = ReferralReward.of("gems", 100).withXp(50);
 * }</pre>
 *
 * @param currencies the amounts by currency code, each at least 1; immutable, in code order
 * @param xp the XP credited, or 0 for none
 */
public record ReferralReward(Map<String, Integer> currencies, int xp) {

  private static final ReferralReward NONE = new ReferralReward(Map.of(), 0);

  /**
   * A reward; the currencies are checked and copied in code order.
   *
   * @param currencies the amounts by currency code, not null
   * @param xp the XP credited, 0 or more
   * @throws NullPointerException if {@code currencies} or one of its amounts is null
   * @throws IllegalArgumentException for a code that is not an M1 key (or is {@code xp}), an amount
   *     below 1, negative XP, or more than 50 currencies
   */
  public ReferralReward {
    Objects.requireNonNull(currencies, "currencies");
    Map<String, Integer> checked = new TreeMap<>();
    currencies.forEach((code, amount) -> checked.put(ReferralArguments.currencyCode(code),
        ReferralArguments.amount(code, Objects.requireNonNull(amount, "the reward in " + code))));
    if (checked.size() > ReferralArguments.MAX_REWARD_CURRENCIES) {
      throw new IllegalArgumentException("a reward must name at most " + ReferralArguments.MAX_REWARD_CURRENCIES
          + " currencies, got " + checked.size());
    }
    if (xp < 0) {
      throw new IllegalArgumentException("xp must be at least 0, got " + xp);
    }
    currencies = Collections.unmodifiableMap(checked);
  }

  /**
   * A reward of nothing, what a code without rewards pays.
   *
   * @return the empty reward: no currency, no XP
   */
  public static ReferralReward none() {
    return NONE;
  }

  /**
   * {@code amount} (at least 1) of one currency.
   *
   * @param currencyCode the currency's code: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter, not
   *     {@code xp}
   * @param amount the whole amount paid, at least 1
   * @return a reward of that currency alone
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static ReferralReward of(String currencyCode, int amount) {
    return NONE.with(currencyCode, amount);
  }

  /**
   * {@code xp} XP (at least 1), and no currency.
   *
   * @param xp the XP credited, at least 1
   * @return a reward of XP alone
   * @throws IllegalArgumentException if {@code xp} is below 1
   */
  public static ReferralReward ofXp(int xp) {
    return NONE.withXp(xp);
  }

  /**
   * This reward with {@code amount} (at least 1) of a currency, replacing any amount of it set before.
   *
   * @param currencyCode the currency's code: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter, not
   *     {@code xp}
   * @param amount the whole amount paid, at least 1
   * @return a copy paying that amount of the currency too
   * @throws IllegalArgumentException if an argument breaks its rule, or the reward would name more
   *     than 50 currencies
   */
  public ReferralReward with(String currencyCode, int amount) {
    Map<String, Integer> changed = new TreeMap<>(currencies);
    changed.put(ReferralArguments.currencyCode(currencyCode), ReferralArguments.amount(currencyCode, amount));
    return new ReferralReward(changed, xp);
  }

  /**
   * This reward with {@code xp} XP (at least 1), replacing the XP set before.
   *
   * @param xp the XP credited, at least 1
   * @return a copy paying that XP
   * @throws IllegalArgumentException if {@code xp} is below 1
   */
  public ReferralReward withXp(int xp) {
    return new ReferralReward(currencies, ReferralArguments.xp(xp));
  }

  /**
   * The amount of a currency this reward pays; 0 when it pays none.
   *
   * @param currencyCode the currency's code, compared exactly
   * @return the whole amount, or 0
   * @throws NullPointerException if {@code currencyCode} is null
   */
  public int amount(String currencyCode) {
    return currencies.getOrDefault(Objects.requireNonNull(currencyCode, "currencyCode"), 0);
  }

  /**
   * Whether the reward pays nothing at all.
   *
   * @return true when it names no currency and no XP
   */
  public boolean isEmpty() {
    return currencies.isEmpty() && xp == 0;
  }

  /** The wire object, the map form of 21.3: the currencies in code order, then {@code xp} when set. */
  Map<String, Object> wire() {
    Map<String, Object> out = new LinkedHashMap<>(currencies);
    if (xp > 0) {
      out.put(ReferralArguments.XP, xp);
    }
    return Collections.unmodifiableMap(out);
  }
}
