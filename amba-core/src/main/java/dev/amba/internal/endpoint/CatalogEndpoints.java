package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * The catalog (amba-api-modules.md 18): the active items a user's app browses; items, their prices
 * and bundle contents for admins. The price and bundle upserts are {@link Retry#BODY_IDS}: each is
 * keyed by what its body names (the currency code, the content item), so a repeat sets the same
 * value on the same row and answers 201 again, as the first call did. Item create and update are
 * never retried blind: a repeated create answers 409 in place of the item.
 */
public final class CatalogEndpoints {

  private CatalogEndpoints() {}

  static final Declarations AREA = new Declarations();

  /** X (order): {@code created_at}. */
  public static final Endpoint LIST =
      AREA.declare("catalog.list", "GET", CLIENT + "/catalog", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: the path takes a key too (M1); 404 {@code fetch_failed} for a missing or inactive item. */
  public static final Endpoint GET =
      AREA.declare("catalog.get", "GET", CLIENT + "/catalog/{idOrKey}", ACTING_USER, METHOD, Shape.ITEM);

  private static final String ITEMS = ADMIN + "/catalog";
  private static final String ITEM = ITEMS + "/{itemId}";
  /** X (409 {@code item_exists}). */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.catalog.create", "POST", ITEMS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.catalog.list", "GET", ITEMS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.catalog.get", "GET", ITEM, SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.catalog.update", "PATCH", ITEM, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.catalog.delete", "DELETE", ITEM, SERVER_KEY, METHOD, Shape.ITEM);
  /** X (201 also when it replaces the price in that currency). */
  public static final Endpoint ADMIN_PRICE_SET =
      AREA.declare("admin.catalog.prices.set", "POST", ITEM + "/prices", SERVER_KEY, BODY_IDS, Shape.ITEM);
  /** X: answers M2's marker with the price's id. */
  public static final Endpoint ADMIN_PRICE_DELETE = AREA.declare("admin.catalog.prices.delete", "DELETE",
      ITEM + "/prices/{currencyCode}", SERVER_KEY, METHOD, Shape.ITEM);
  /** X (errors {@code not_a_bundle} and {@code nested_bundle}; 201 also when it replaces the link). */
  public static final Endpoint ADMIN_BUNDLE_SET =
      AREA.declare("admin.catalog.bundle.set", "POST", ITEM + "/bundle", SERVER_KEY, BODY_IDS, Shape.ITEM);
  /** X: answers M2's marker with the link's id. */
  public static final Endpoint ADMIN_BUNDLE_DELETE = AREA.declare("admin.catalog.bundle.delete", "DELETE",
      ITEM + "/bundle/{contentItemId}", SERVER_KEY, METHOD, Shape.ITEM);
}
