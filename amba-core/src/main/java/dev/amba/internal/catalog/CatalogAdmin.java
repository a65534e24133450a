package dev.amba.internal.catalog;

import dev.amba.catalog.BundleContent;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemPrice;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.catalog.ProjectCatalog;
import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.CatalogEndpoints;
import dev.amba.internal.util.TextArguments;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Catalog items, prices and bundle contents (server key). */
public final class CatalogAdmin implements ProjectCatalog {

  private static final java.lang.reflect.Type ITEMS = Json.parameterized(List.class, CatalogWire.Item.class);

  private final ProjectCalls calls;

  public CatalogAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public CatalogItem create(NewCatalogItem item) {
    Objects.requireNonNull(item, "item");
    return calls.call(CatalogEndpoints.ADMIN_CREATE).body(WireForms.of(item))
        .<CatalogWire.Item>data(CatalogWire.Item.class).toItem();
  }

  @Override
  public List<CatalogItemView> list() {
    return list(calls.call(CatalogEndpoints.ADMIN_LIST));
  }

  @Override
  public List<CatalogItemView> list(String category) {
    return list(calls.call(CatalogEndpoints.ADMIN_LIST).query("category", CatalogArguments.category(category)));
  }

  private static List<CatalogItemView> list(Api.Call call) {
    List<CatalogWire.Item> items = call.data(ITEMS);
    return items.stream().map(CatalogWire.Item::toView).toList();
  }

  @Override
  public CatalogItemDetail get(String itemId) {
    TextArguments.pathValue(itemId, "itemId");
    return calls.call(CatalogEndpoints.ADMIN_GET, itemId).<CatalogWire.Item>data(CatalogWire.Item.class).toDetail();
  }

  @Override
  public CatalogItem update(String itemId, CatalogItemUpdate update) {
    TextArguments.pathValue(itemId, "itemId");
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one setting");
    }
    return calls.call(CatalogEndpoints.ADMIN_UPDATE, itemId).body(body)
        .<CatalogWire.Item>data(CatalogWire.Item.class).toItem();
  }

  @Override
  public void delete(String itemId) {
    TextArguments.pathValue(itemId, "itemId");
    calls.call(CatalogEndpoints.ADMIN_DELETE, itemId).data(Map.class);
  }

  @Override
  public CatalogItemPrice setPrice(String itemId, String currencyCode, BigDecimal price) {
    TextArguments.pathValue(itemId, "itemId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currency_code", CatalogArguments.currencyCode(currencyCode));
    body.put("price", CatalogArguments.price(price));
    return calls.call(CatalogEndpoints.ADMIN_PRICE_SET, itemId).body(body).data(CatalogItemPrice.class);
  }

  @Override
  public void deletePrice(String itemId, String currencyCode) {
    TextArguments.pathValue(itemId, "itemId");
    calls.call(CatalogEndpoints.ADMIN_PRICE_DELETE, itemId, CatalogArguments.currencyCode(currencyCode))
        .data(Map.class);
  }

  @Override
  public BundleContent setBundleContent(String bundleId, String contentItemId, int quantity) {
    TextArguments.pathValue(bundleId, "bundleId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content_item_id", TextArguments.pathValue(contentItemId, "contentItemId"));
    body.put("quantity", CatalogArguments.quantity(quantity));
    return calls.call(CatalogEndpoints.ADMIN_BUNDLE_SET, bundleId).body(body).data(BundleContent.class);
  }

  @Override
  public void deleteBundleContent(String bundleId, String contentItemId) {
    TextArguments.pathValue(bundleId, "bundleId");
    TextArguments.pathValue(contentItemId, "contentItemId");
    calls.call(CatalogEndpoints.ADMIN_BUNDLE_DELETE, bundleId, contentItemId).data(Map.class);
  }
}
