package dev.amba.internal.currencies;

import dev.amba.OffsetPage;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.TransactionFilter;
import dev.amba.currencies.UserCurrencies;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.CurrencyEndpoints;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

public final class CurrencyClient implements UserCurrencies {

  /** The server's default page; a caller that reads only the newest few pays for no more. */
  static final int PAGE = 50;
  private static final java.lang.reflect.Type BALANCES = Json.parameterized(List.class, CurrencyWire.Balance.class);

  private final UserCalls calls;

  public CurrencyClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<CurrencyBalanceView> balances() {
    List<CurrencyWire.Balance> rows = calls.call(CurrencyEndpoints.BALANCES).data(BALANCES);
    return rows.stream().map(CurrencyWire.Balance::toPublic).toList();
  }

  @Override
  public Stream<CurrencyTransaction> transactions() {
    return transactions(TransactionFilter.all());
  }

  @Override
  public Stream<CurrencyTransaction> transactions(TransactionFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.offsetStream(0, offset -> page(offset, filter));
  }

  private OffsetPage<CurrencyTransaction> page(int offset, TransactionFilter filter) {
    OffsetPage<CurrencyWire.Transaction> page = calls.call(CurrencyEndpoints.TRANSACTIONS)
        .query("limit", PAGE)
        .query("offset", offset)
        .query("currency_code", filter.currencyCode())
        .offsetPage(CurrencyWire.Transaction.class);
    return CurrencyWire.toPublic(page, CurrencyWire.Transaction::toPublic);
  }
}
