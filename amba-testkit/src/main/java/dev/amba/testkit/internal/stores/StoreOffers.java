package dev.amba.testkit.internal.stores;

import static dev.amba.testkit.internal.stores.StoreTables.LISTINGS;
import static dev.amba.testkit.internal.stores.StoreTables.STORES;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.engagement.Offers;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stores' side of a purchase (19.3 visibility, listing filter and effective price; 20.4 #1
 * up to the price), over the catalog's readings. The same rules decide what a user's store front
 * shows, so a user can buy exactly what the store shows.
 */
final class StoreOffers implements Offers {

  private final CatalogReadings catalog;
  private final Clock clock;
  private final Segments segments;

  StoreOffers(CatalogReadings catalog, Clock clock, Segments segments) {
    this.catalog = catalog;
    this.clock = clock;
    this.segments = segments;
  }

  @Override
  public Optional<Item> item(Connection c, String projectId, String idOrKey) throws SQLException {
    return catalog.item(c, projectId, idOrKey);
  }

  @Override
  public Quote quote(Connection c, String projectId, String userId, String itemIdOrKey, String currencyCode,
      String storeIdOrKey) throws SQLException {
    Objects.requireNonNull(currencyCode, "currencyCode");
    Item item = catalog.item(c, projectId, itemIdOrKey).filter(Item::active)
        .orElseThrow(() -> ApiException.notFound("not_found", "no active catalog item with this id or key"));
    if (storeIdOrKey == null) {
      return new Quote(item, null, item.price(currencyCode).orElse(null));
    }
    Row store = visible(c, projectId, storeIdOrKey, userId).orElseThrow(() -> ApiException.notFound("not_found", "no store with this id or key that the user may see"));
    Row listing = null;
    for (Row l : StoreRoutes.listingsOf(c, store)) {
      if (l.string("catalog_item_id").equals(item.id())) {
        listing = l;
      }
    }
    if (listing == null) {
      throw ApiException.notFound("not_found", "the store does not list this item");
    }
    if (!inWindow(listing, clock.instant())) {
      throw ApiException.notFound("not_found", "the store's listing of this item is outside its window");
    }
    BigDecimal price = override(listing, currencyCode);
    return new Quote(item, new Listing(store.id(), listing.id(), listing.integer("max_purchases_per_user")),
        price != null ? price : item.price(currencyCode).orElse(null));
  }

  /** The listing's own price in that currency, or null (19.3: it wins over the catalog's). */
  static BigDecimal override(Row listing, String currencyCode) {
    JsonValue prices = listing.get("override_prices");
    if (prices.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    JsonValue price = prices.asJsonObject().get(currencyCode);
    return price instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  /**
   * Whether the user sees the store: active, and either without a segment or with the user a
   * member of it now (19.3, evaluated at request time). A store whose segment was deleted is seen
   * by no one.
   */
  boolean openTo(Row store, String userId) throws SQLException {
    return store.bool("is_active")
        && (store.isNull("segment_id") || segments.contains(store.projectId(), store.string("segment_id"), userId));
  }

  /** The store a path names, when the user may see it. */
  Optional<Row> visible(Connection c, String projectId, String storeIdOrKey, String userId) throws SQLException {
    Optional<Row> store = STORES.find(c, Scope.project(projectId), storeIdOrKey);
    return store.isPresent() && openTo(store.get(), userId) ? store : Optional.empty();
  }

  /** 19.3: shown from {@code available_from} (inclusive) until {@code available_until} (exclusive). */
  static boolean inWindow(Row listing, Instant now) {
    Instant from = listing.instant("available_from");
    Instant until = listing.instant("available_until");
    return (from == null || !now.isBefore(from)) && (until == null || now.isBefore(until));
  }
}
