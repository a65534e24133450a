package dev.amba.internal.currencies;

import dev.amba.OffsetPage;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyDefinition;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.internal.SignedInteger;
import java.time.Instant;
import java.util.function.Function;

/**
 * Currency answers as they arrive, with every name a server may use for a value (17.3
 * Alternatives, M2): the protocol's name is read first, then the older one. The older names are
 * read here and never sent.
 */
public final class CurrencyWire {

  private CurrencyWire() {}

  /** {@code starting_balance} is the MCP tools' name of {@code initial_balance}. */
  public record Definition(
      String id,
      String code,
      String name,
      String description,
      Boolean isPremium,
      Integer initialBalance,
      Integer startingBalance,
      Integer maxBalance,
      Integer autoRechargeAmount,
      Integer autoRechargeIntervalHours,
      Instant createdAt,
      Instant updatedAt) {

    CurrencyDefinition toPublic() {
      int initial = initialBalance != null ? initialBalance : startingBalance != null ? startingBalance : 0;
      return new CurrencyDefinition(id, code, name, description, Boolean.TRUE.equals(isPremium), initial, maxBalance,
          autoRechargeAmount, autoRechargeIntervalHours, createdAt, updatedAt);
    }
  }

  /** 4.x core reads a balance as {@code {currency_id, key, balance, updated_at}}. */
  public record Balance(
      String currencyCode,
      String key,
      String currencyId,
      String name,
      Boolean isPremium,
      Long balance,
      Long lifetimeEarned,
      Long lifetimeSpent) {

    CurrencyBalanceView toPublic() {
      return new CurrencyBalanceView(currencyCode != null ? currencyCode : key, currencyId, name,
          Boolean.TRUE.equals(isPremium), n(balance), n(lifetimeEarned), n(lifetimeSpent));
    }
  }

  /** 4.x core reads a transaction as {@code {id, currency_id, delta, balance_after, reason, created_at}}. */
  public record Transaction(
      String id,
      String appUserId,
      String currencyCode,
      String currencyId,
      // A debit is negative (17.3): the only integers of an answer that may be.
      @SignedInteger Long amount,
      @SignedInteger Long delta,
      Long balanceAfter,
      String transactionType,
      String source,
      String referenceId,
      String reason,
      Instant createdAt) {

    CurrencyTransaction toPublic() {
      return new CurrencyTransaction(id, appUserId, currencyCode, currencyId, amount != null ? amount : n(delta),
          n(balanceAfter), transactionType, source, referenceId, reason, createdAt);
    }
  }

  /** A page of wire values as the public records, keeping its position in the list. */
  static <W, P> OffsetPage<P> toPublic(OffsetPage<W> page, Function<W, P> toPublic) {
    return new OffsetPage<>(page.items().stream().map(toPublic).toList(), page.total(), page.offset(), page.limit());
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
