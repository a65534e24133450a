package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;

/** The user's coins, as Amba holds them. */
final class Wallet {

  private Wallet() {}

  static long coins(AmbaUser user) {
    return user.currencies().balances().stream().filter(b -> b.currencyCode().equals(Shop.COINS))
        .mapToLong(CurrencyBalanceView::balance).sum();
  }
}
