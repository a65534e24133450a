package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Challenges (amba-api-modules.md section 15): joining and progress for the acting user, definitions for admins. */
public final class ChallengeEndpoints {

  private ChallengeEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String CHALLENGES = CLIENT + "/challenges";
  private static final String DEFINITIONS = ADMIN + "/challenges";

  public static final Endpoint RUNNING =
      AREA.declare("challenges.running", "GET", CHALLENGES, ACTING_USER, METHOD, Shape.LIST);
  /**
   * Retried: a join is naturally idempotent. Joining again answers 200 with the row the first join
   * made, so a repeat after a lost answer changes nothing and returns what the first would have.
   */
  public static final Endpoint JOIN = AREA.declare("challenges.join", "POST", CHALLENGES + "/{idOrKey}/join",
      ACTING_USER, BODY_IDS, Shape.ITEM);
  public static final Endpoint MINE =
      AREA.declare("challenges.mine", "GET", CHALLENGES + "/mine", ACTING_USER, METHOD, Shape.LIST);
  /** X: the 4.x core's {@code challenges.get}, whatever the challenge's window. */
  public static final Endpoint GET =
      AREA.declare("challenges.get", "GET", CHALLENGES + "/{idOrKey}", ACTING_USER, METHOD, Shape.ITEM);
  /** X: the 4.x core's {@code challenges.progress}. */
  public static final Endpoint PROGRESS = AREA.declare("challenges.progress", "GET",
      CHALLENGES + "/{idOrKey}/progress", ACTING_USER, METHOD, Shape.ITEM);
  /**
   * X: the 4.x core's {@code challenges.claim}. Retried: a claim only marks {@code claimed_at} once
   * (the rewards were granted at completion), and a second claim answers exactly as the first.
   */
  public static final Endpoint CLAIM = AREA.declare("challenges.claim", "POST", CHALLENGES + "/{idOrKey}/claim",
      ACTING_USER, BODY_IDS, Shape.ITEM);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.challenges.create", "POST", DEFINITIONS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.challenges.list", "GET", DEFINITIONS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET = AREA.declare("admin.challenges.get", "GET",
      DEFINITIONS + "/{challengeId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE = AREA.declare("admin.challenges.update", "PATCH",
      DEFINITIONS + "/{challengeId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.challenges.delete", "DELETE",
      DEFINITIONS + "/{challengeId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_PARTICIPANTS = AREA.declare("admin.challenges.participants", "GET",
      DEFINITIONS + "/{challengeId}/participants", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
}
