package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Content (amba-api-modules.md 28): libraries of items, schedules that pick one item a tick for a
 * channel, and the user's own items and per-item state. Creates are never retried blind (a repeat
 * would add a second item); the bulk upsert is keyed by {@code content_key}, so a repeat changes
 * nothing and it is retried like a PUT.
 */
public final class ContentEndpoints {

  private ContentEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String CONTENT = CLIENT + "/content";
  private static final String ITEM = CONTENT + "/items/{itemId}";
  private static final String ADMIN_CONTENT = ADMIN + "/content";

  /** X: the answer adds {@code is_premium} (28.4 #8) to TodayItem. */
  public static final Endpoint TODAY_CHANNEL =
      AREA.declare("content.today_channel", "GET", CONTENT + "/today/{channel}", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint TODAY =
      AREA.declare("content.today", "GET", CONTENT + "/today", ACTING_USER, METHOD, Shape.ITEM);
  /**
   * X: the offset list carries {@code next_cursor}, the opaque place of the next page (null on the
   * last); {@code cursor} and {@code offset} together are 400 {@code invalid_input}.
   */
  public static final Endpoint LIBRARY_ITEMS = AREA.declare("content.library_items", "GET",
      CONTENT + "/libraries/{idOrSlug}/items", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** The API reference's path for the same list; the SDK calls {@link #LIBRARY_ITEMS}. */
  public static final Endpoint LIBRARY = AREA.declare("content.library", "GET",
      CONTENT + "/libraries/{idOrSlug}", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: admin-only fields ({@code content_key}, {@code version}, {@code rollout_percent}) are 400 {@code invalid_input}. */
  public static final Endpoint CREATE_ITEM = AREA.declare("content.create_item", "POST",
      CONTENT + "/libraries/{idOrSlug}/items", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint GET_ITEM =
      AREA.declare("content.get_item", "GET", ITEM, ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint UPDATE_ITEM =
      AREA.declare("content.update_item", "PATCH", ITEM, ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint DELETE_ITEM =
      AREA.declare("content.delete_item", "DELETE", ITEM, ACTING_USER, METHOD, Shape.ITEM);
  /** X (the 4.x core's {@code updateItem(id, state)}): the object replaces the user's state of an active item. */
  public static final Endpoint PUT_STATE =
      AREA.declare("content.put_state", "PUT", ITEM + "/state", ACTING_USER, METHOD, Shape.ITEM);

  /** X: 409 {@code slug_taken} also for a derived slug another library has. */
  public static final Endpoint ADMIN_CREATE_LIBRARY = AREA.declare("admin.content.create_library", "POST",
      ADMIN_CONTENT + "/libraries", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIBRARIES = AREA.declare("admin.content.libraries", "GET",
      ADMIN_CONTENT + "/libraries", SERVER_KEY, METHOD, Shape.LIST);
  /** X: 1 to 100 items a call; 404 {@code not_found} for a library the project does not have. */
  public static final Endpoint ADMIN_ADD_ITEMS = AREA.declare("admin.content.add_items", "POST",
      ADMIN_CONTENT + "/libraries/{libraryId}/items", SERVER_KEY, NEVER, Shape.LIST);
  public static final Endpoint ADMIN_ITEMS = AREA.declare("admin.content.items", "GET",
      ADMIN_CONTENT + "/libraries/{libraryId}/items", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_UPDATE_ITEM = AREA.declare("admin.content.update_item", "PATCH",
      ADMIN_CONTENT + "/items/{itemId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE_ITEM = AREA.declare("admin.content.delete_item", "DELETE",
      ADMIN_CONTENT + "/items/{itemId}", SERVER_KEY, METHOD, Shape.ITEM);
  /**
   * X: answers {@code {ids}} in the body's order; a key twice in one body is 400
   * {@code invalid_input}; 1 to 100 items. Keyed, so a repeat is harmless and retried.
   */
  public static final Endpoint ADMIN_BULK = AREA.declare("admin.content.bulk", "POST",
      ADMIN_CONTENT + "/libraries/{libraryId}/bulk", SERVER_KEY, Retry.BODY_IDS, Shape.ITEM);
  /**
   * X: 404 {@code library_not_found} for a {@code library_id} the project does not have, 404
   * {@code segment_not_found} for a {@code segment_id}; 400 {@code invalid_timezone}.
   */
  public static final Endpoint ADMIN_CREATE_SCHEDULE = AREA.declare("admin.content.create_schedule", "POST",
      ADMIN_CONTENT + "/schedules", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_SCHEDULES = AREA.declare("admin.content.schedules", "GET",
      ADMIN_CONTENT + "/schedules", SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE_SCHEDULE = AREA.declare("admin.content.update_schedule", "PATCH",
      ADMIN_CONTENT + "/schedules/{scheduleId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE_SCHEDULE = AREA.declare("admin.content.delete_schedule", "DELETE",
      ADMIN_CONTENT + "/schedules/{scheduleId}", SERVER_KEY, METHOD, Shape.ITEM);
}
