package dev.amba.testkit.internal.deeplinks;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The deep-link tables (amba-api-modules.md 30.3): the project's tracked links, their clicks (kept
 * when a link is deleted, so they belong to the project rather than to the link), and the one row of
 * link settings a project may have.
 */
final class DeepLinkTables {

  private DeepLinkTables() {}

  /** 30.3: a slug. */
  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  static final String SLUG_RULE = "must be 1 to 64 characters of a-z 0-9 _ -, starting with a letter or digit";
  /** X: an absolute URI of any scheme, without whitespace. */
  static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  /** X: an http or https URL naming a host. */
  static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");
  /** X: a click's platform. */
  static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9_]{0,31}");
  /** X: the longest text of a link's metadata once written as JSON. */
  static final int MAX_METADATA = 8192;
  /** X: the longest {@code ip_address} kept from {@code X-Forwarded-For}; longer values are not kept. */
  static final int MAX_IP = 64;

  static final Resource LINKS = Resource.in("deep_links", Owner.PROJECT).withId()
      .field(
          Field.text("slug").withLength(1, 64).withPattern(SLUG, SLUG_RULE).asImmutable(),
          Field.text("destination_url").asRequired().withLength(1, 2048)
              .withPattern(ABSOLUTE_URI, "must be an absolute URL, such as https://example.com/x or myapp://x"),
          Field.json("metadata").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.bigint("click_count").asRequired().asServerSet(),
          Field.text("created_by").asServerSet().withLength(1, 128),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet())
      .creationOrder()
      .unique("slug")
      .orderBy("-" + Resource.CREATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no tracked link with this id or slug in the project")
      .conflict("slug_taken", "another tracked link has this slug")
      .build();

  static final Resource CLICKS = Resource.in("deep_link_clicks", Owner.PROJECT).withId()
      .field(
          Field.uuid("tracked_link_id").asRequired().asServerSet(),
          Field.text("app_user_id").asServerSet().withLength(1, 128),
          Field.text("platform").asServerSet().withLength(1, 32),
          Field.text("ip_address").asServerSet().withLength(1, MAX_IP),
          Field.timestamp("clicked_at").asRequired().asServerSet())
      .creationOrder()
      .orderBy("clicked_at")
      .build();

  /** The body of a click: checked by the kit like a create body, never a table. */
  static final Resource CLICK_BODY = Resource.in("deep_link_click_body", Owner.PROJECT)
      .field(
          Field.uuid("tracked_link_id").asRequired(),
          Field.text("platform").withLength(1, 32)
              .withPattern(PLATFORM, "must be 1 to 32 characters of a-z 0-9 _, starting with a letter"))
      .build();

  static final Resource CONFIG = Resource.in("deep_link_configs", Owner.PROJECT).withId()
      .field(
          Field.text("url_scheme").withLength(1, 64).withPattern(Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*"),
              "must be a URL scheme: a letter, then letters, digits, + . -"),
          Field.text("universal_link_domain").withLength(1, 253).withPattern(Pattern.compile(
              "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"),
              "must be a host name such as links.example.com"),
          Field.text("android_package_name").withLength(1, 255).withPattern(
              Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+"),
              "must be an application id such as com.example.app"),
          Field.text("ios_bundle_id").withLength(1, 155).withPattern(Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"),
              "must be a bundle id such as com.example.app"),
          Field.text("fallback_url").withLength(1, 2048).withPattern(WEB_URL, "must be an http or https URL"))
      .timestamps()
      .build();
}
