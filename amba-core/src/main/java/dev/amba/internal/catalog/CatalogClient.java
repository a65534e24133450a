package dev.amba.internal.catalog;

import dev.amba.OffsetPage;
import dev.amba.catalog.CatalogFilter;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.UserCatalog;
import dev.amba.internal.Api;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.CatalogEndpoints;
import dev.amba.internal.util.TextArguments;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class CatalogClient implements UserCatalog {

  /** The most the service serves per page (M2): a shop screen usually reads the whole catalog. */
  static final int PAGE = 100;

  private final UserCalls calls;

  public CatalogClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Stream<CatalogItemView> items() {
    return items(CatalogFilter.all());
  }

  @Override
  public Stream<CatalogItemView> items(CatalogFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Map<String, Object> query = WireForms.of(filter);
    return Paging.offsetStream(0, offset -> page(query, offset));
  }

  private OffsetPage<CatalogItemView> page(Map<String, Object> filter, int offset) {
    Api.Call call = calls.call(CatalogEndpoints.LIST);
    filter.forEach(call::query);
    OffsetPage<CatalogWire.Item> page = call.query("limit", PAGE).query("offset", offset)
        .offsetPage(CatalogWire.Item.class);
    return new OffsetPage<>(page.items().stream().map(CatalogWire.Item::toView).toList(), page.total(),
        page.offset(), page.limit());
  }

  @Override
  public CatalogItemDetail item(String idOrKey) {
    TextArguments.pathValue(idOrKey, "idOrKey");
    return calls.call(CatalogEndpoints.GET, idOrKey).<CatalogWire.Item>data(CatalogWire.Item.class).toDetail();
  }
}
