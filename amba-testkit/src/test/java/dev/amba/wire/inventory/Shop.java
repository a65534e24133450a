package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.TransactionFilter;
import dev.amba.inventory.InventoryItemView;
import dev.amba.wire.catalog.CatalogFixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the inventory tests set up and read on a {@link CatalogFixture.Project}: currencies, priced
 * items, funded users, and the balances, ledgers and holdings a purchase must leave exact.
 */
final class Shop {

  final CatalogFixture.Project p;

  Shop(CatalogFixture.Project p) {
    this.p = p;
  }

  void currency(String code) {
    p.amba.currencies().create(NewCurrency.of(code, code));
  }

  /** An item of that type with a catalog price in one currency. */
  CatalogItem item(String key, ItemType type, String code, long price) {
    CatalogItem item = p.amba.catalog().create(NewCatalogItem.of(key, key.replace('_', ' ')).itemType(type));
    p.amba.catalog().setPrice(item.id(), code, BigDecimal.valueOf(price));
    return item;
  }

  void fund(AmbaUser user, String code, int amount) {
    p.amba.currencies().grant(CurrencyGrant.of(user.uid(), code, amount));
  }

  CurrencyBalanceView wallet(AmbaUser user, String code) {
    return user.currencies().balances().stream().filter(b -> b.currencyCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no balance of " + code));
  }

  long balance(AmbaUser user, String code) {
    return wallet(user, code).balance();
  }

  /** Newest first. */
  List<CurrencyTransaction> ledger(AmbaUser user, String code) {
    return user.currencies().transactions(TransactionFilter.currency(code)).toList();
  }

  /** What the user holds, item key to quantity, as the client list shows it. */
  Map<String, Long> holdings(AmbaUser user) {
    Map<String, Long> out = new TreeMap<>();
    for (InventoryItemView v : user.inventory().list()) {
      out.put(v.item().key(), v.quantity());
    }
    return out;
  }

  /** Everything a failed purchase must leave as it was: balance and totals, ledger, holdings. */
  record State(CurrencyBalanceView wallet, List<CurrencyTransaction> ledger, Map<String, Long> holdings) {}

  State state(AmbaUser user, String code) {
    return new State(wallet(user, code), ledger(user, code), holdings(user));
  }

  /**
   * The call fails with that status and code, and leaves the user's balance and totals in
   * {@code currencyCode}, its ledger and the user's holdings as they were.
   */
  void refused(AmbaUser user, String currencyCode, ThrowingCallable call, int status, String code) {
    State before = state(user, currencyCode);
    assertRefused(call, status, code);
    assertThat(state(user, currencyCode)).isEqualTo(before);
  }

  /** As {@link #refused(AmbaUser, String, ThrowingCallable, int, String)}, for the holdings alone. */
  void refused(AmbaUser user, ThrowingCallable call, int status, String code) {
    Map<String, Long> before = holdings(user);
    assertRefused(call, status, code);
    assertThat(holdings(user)).isEqualTo(before);
  }

  private static void assertRefused(ThrowingCallable call, int status, String code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(AmbaApiException.class, e -> {
      assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
    });
  }

  /**
   * Oldest first (by the chain itself: each row starts from the one before), every row's
   * balance_after is the one before plus its amount, from {@code start}; the end of the chain.
   */
  static long chain(List<CurrencyTransaction> newestFirst, long start) {
    List<CurrencyTransaction> oldestFirst = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    long balance = start;
    for (CurrencyTransaction t : oldestFirst) {
      balance += t.amount();
      if (t.balanceAfter() != balance) {
        throw new AssertionError("the ledger breaks its chain at " + t + ": expected balance_after " + balance);
      }
    }
    return balance;
  }
}
