package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Deep links (amba-api-modules.md 30): tracked links resolved by slug and clicked by users, the
 * project's link settings. A click counts, and a create with a made slug makes a second link, so
 * neither POST is retried blind; the config PUT is an upsert of the fields given and repeats safely.
 */
public final class DeepLinkEndpoints {

  private DeepLinkEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String LINKS = CLIENT + "/deep-links";

  /** Resolving never counts a click (30.3). */
  public static final Endpoint RESOLVE =
      AREA.declare("deep_links.resolve", "GET", LINKS + "/resolve/{slug}", ACTING_USER, METHOD, Shape.ITEM);
  /** X: 404 {@code not_found} for a link the project does not have (or no longer has). */
  public static final Endpoint CLICK =
      AREA.declare("deep_links.click", "POST", LINKS + "/click", ACTING_USER, NEVER, Shape.ITEM);
  /** {@code {data: null}} when the project has no settings; never an error. */
  public static final Endpoint CONFIG =
      AREA.declare("deep_links.config", "GET", LINKS + "/config", ACTING_USER, METHOD, Shape.ITEM);
  /** X (4.x core's {@code deepLinks.create}): {@code created_by} is the acting user; 409 {@code slug_taken}. */
  public static final Endpoint CREATE =
      AREA.declare("deep_links.create", "POST", LINKS, ACTING_USER, NEVER, Shape.ITEM);

  private static final String TRACKED = ADMIN + "/deep-links/tracked";
  /** X: 409 {@code slug_taken}. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.deep_links.create", "POST", TRACKED, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.deep_links.list", "GET", TRACKED, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_STATS = AREA.declare("admin.deep_links.stats", "GET",
      TRACKED + "/{linkId}/stats", SERVER_KEY, METHOD, Shape.ITEM);
  /** Answers M2's {@code {data: {id, deleted: true}}}; the link's clicks are kept. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.deep_links.delete", "DELETE", TRACKED + "/{linkId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_CONFIG =
      AREA.declare("admin.deep_links.config", "GET", ADMIN + "/deep-links/config", SERVER_KEY, METHOD, Shape.ITEM);
  /** X: an upsert of the fields the body gives (null clears one); an empty body is 400 {@code invalid_input}. */
  public static final Endpoint ADMIN_PUT_CONFIG = AREA.declare("admin.deep_links.put_config", "PUT",
      ADMIN + "/deep-links/config", SERVER_KEY, METHOD, Shape.ITEM);
}
