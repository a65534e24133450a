package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Achievements (amba-api-modules.md section 14): the acting user's view, definitions on the admin plane. */
public final class AchievementEndpoints {

  private AchievementEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String MINE = CLIENT + "/achievements";
  private static final String DEFINITIONS = ADMIN + "/achievements";

  public static final Endpoint LIST =
      AREA.declare("achievements.list", "GET", MINE, ACTING_USER, METHOD, Shape.LIST);
  /** X: the 4.x core's {@code achievements.progress()}. */
  public static final Endpoint PROGRESS =
      AREA.declare("achievements.progress", "GET", MINE + "/progress", ACTING_USER, METHOD, Shape.LIST);
  /** X: by key as well as by id (M1). */
  public static final Endpoint GET =
      AREA.declare("achievements.get", "GET", MINE + "/{idOrKey}", ACTING_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.achievements.create", "POST", DEFINITIONS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.achievements.list", "GET", DEFINITIONS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET = AREA.declare("admin.achievements.get", "GET",
      DEFINITIONS + "/{achievementId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE = AREA.declare("admin.achievements.update", "PATCH",
      DEFINITIONS + "/{achievementId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.achievements.delete", "DELETE",
      DEFINITIONS + "/{achievementId}", SERVER_KEY, METHOD, Shape.ITEM);
}
