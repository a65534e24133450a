package dev.amba.wire.referrals;

import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.TransactionFilter;
import dev.amba.wire.ModuleCalls;
import java.util.List;

/** What the referral wire tests read besides the referral routes: balances and ledgers, raw answers. */
final class ReferralWires {

  /** 21.4 #1's alphabet: no 0, O, 1, I or L. */
  static final String MADE_TEXT = "[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}";

  private ReferralWires() {}

  /** The user's balance of one currency, as the client route answers it. */
  static long balance(AmbaUser user, String code) {
    return user.currencies().balances().stream().filter(b -> b.currencyCode().equals(code))
        .mapToLong(CurrencyBalanceView::balance).findFirst()
        .orElseThrow(() -> new AssertionError("no balance of " + code));
  }

  /** The user's transactions in one currency, newest first. */
  static List<CurrencyTransaction> ledger(AmbaUser user, String code) {
    return user.currencies().transactions(TransactionFilter.currency(code)).toList();
  }

  /** A claim sent as plain HTTP, to read its status and error code exactly. */
  static ModuleCalls.Answer claim(ModuleCalls raw, AmbaUser user, String code) {
    return raw.asUser(user.uid(), "POST", "/referrals/claim", "{\"code\":\"" + code + "\"}");
  }
}
