package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Activity feeds (amba-api-modules.md 24): the items the feed rules write for the users' events (M4
 * stage 7), read by the user, the user's friends or a group's members; the rules and the items for
 * admins. A repeated rule create answers 409 {@code rule_exists}, so it is never retried blind.
 */
public final class FeedEndpoints {

  private FeedEndpoints() {}

  static final Declarations AREA = new Declarations();

  /** X: {@code limit} 20 by default. */
  public static final Endpoint FEED =
      AREA.declare("feeds.feed", "GET", CLIENT + "/feeds", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint MINE =
      AREA.declare("feeds.mine", "GET", CLIENT + "/feeds/me", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X (meaning): the items of the group's current members, for members only. */
  public static final Endpoint GROUP = AREA.declare("feeds.group", "GET", CLIENT + "/feeds/group/{groupId}",
      ACTING_USER, METHOD, Shape.OFFSET_LIST);

  private static final String RULES = ADMIN + "/feeds/rules";
  private static final String ITEMS = ADMIN + "/feeds/items";

  /** X: 409 {@code rule_exists} for the same {@code source_event} and {@code action}. */
  public static final Endpoint ADMIN_RULE_CREATE =
      AREA.declare("admin.feeds.rules.create", "POST", RULES, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_RULE_LIST =
      AREA.declare("admin.feeds.rules.list", "GET", RULES, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_RULE_UPDATE =
      AREA.declare("admin.feeds.rules.update", "PATCH", RULES + "/{ruleId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's delete marker; the items the rule wrote stay. */
  public static final Endpoint ADMIN_RULE_DELETE =
      AREA.declare("admin.feeds.rules.delete", "DELETE", RULES + "/{ruleId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_ITEMS =
      AREA.declare("admin.feeds.items.list", "GET", ITEMS, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** A hard delete; answers M2's delete marker. */
  public static final Endpoint ADMIN_ITEM_DELETE =
      AREA.declare("admin.feeds.items.delete", "DELETE", ITEMS + "/{itemId}", SERVER_KEY, METHOD, Shape.ITEM);
}
