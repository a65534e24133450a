package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Stores (amba-api-modules.md 19): the active stores a user may see and their listings in their
 * windows; stores and listings for admins. Creates are never retried blind: a repeated store create
 * adds a second store (or answers 409 for a key), a repeated listing answers 409
 * {@code already_listed} in place of the listing.
 */
public final class StoreEndpoints {

  private StoreEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint LIST =
      AREA.declare("stores.list", "GET", CLIENT + "/stores", ACTING_USER, METHOD, Shape.LIST);
  /** X: the path takes a key too (M1). */
  public static final Endpoint GET =
      AREA.declare("stores.get", "GET", CLIENT + "/stores/{idOrKey}", ACTING_USER, METHOD, Shape.ITEM);

  private static final String STORES = ADMIN + "/stores";
  private static final String STORE = STORES + "/{storeId}";
  private static final String LISTINGS = STORE + "/listings";
  /** X ({@code key}, 409 {@code store_exists}). */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.stores.create", "POST", STORES, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.stores.list", "GET", STORES, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.stores.update", "PATCH", STORE, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.stores.delete", "DELETE", STORE, SERVER_KEY, METHOD, Shape.ITEM);
  /** X (409 {@code already_listed}). */
  public static final Endpoint ADMIN_LISTING_CREATE =
      AREA.declare("admin.stores.listings.create", "POST", LISTINGS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LISTING_LIST =
      AREA.declare("admin.stores.listings.list", "GET", LISTINGS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_LISTING_UPDATE = AREA.declare("admin.stores.listings.update", "PATCH",
      LISTINGS + "/{listingId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_LISTING_DELETE = AREA.declare("admin.stores.listings.delete", "DELETE",
      LISTINGS + "/{listingId}", SERVER_KEY, METHOD, Shape.ITEM);
}
