package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.ADMIN_PAT;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;

/**
 * Experiments (amba-api-modules.md 35), addressed by key. The admin routes take the developer PAT,
 * never the server key (M1). X: the exposure and the create carry the SDK's own
 * {@code Idempotency-Key}, so a retry after a lost answer neither appends a second exposure nor
 * answers 409 {@code experiment_exists} for the experiment it made.
 */
public final class ExperimentEndpoints {

  private ExperimentEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String EXPERIMENT = CLIENT + "/experiments/{key}";
  private static final String EXPERIMENTS = ADMIN + "/experiments";
  private static final String ADMIN_EXPERIMENT = EXPERIMENTS + "/{key}";

  /** A GET that may store the first assignment: repeating it answers the stored variant (35.4 #2). */
  public static final Endpoint ASSIGNMENT =
      AREA.declare("experiments.assignment", "GET", EXPERIMENT + "/assignment", ACTING_USER, METHOD, Shape.ITEM);
  /** X: body {@code {context?}}, 201 with the Exposure, 409 {@code no_assignment}. */
  public static final Endpoint EXPOSE =
      AREA.declare("experiments.expose", "POST", EXPERIMENT + "/exposure", ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);

  /** X: 409 {@code experiment_exists}. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.experiments.create", "POST", EXPERIMENTS, ADMIN_PAT, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.experiments.list", "GET", EXPERIMENTS, ADMIN_PAT, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.experiments.get", "GET", ADMIN_EXPERIMENT, ADMIN_PAT, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.experiments.update", "PATCH", ADMIN_EXPERIMENT, ADMIN_PAT, Retry.NEVER, Shape.ITEM);
  /** X: takes the experiment's assignments and exposures with it; answers {@code {id, deleted: true}}. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.experiments.delete", "DELETE", ADMIN_EXPERIMENT, ADMIN_PAT, METHOD, Shape.ITEM);
  /** X: query {@code conversion_event} (required), 400 {@code invalid_conversion_event}. */
  public static final Endpoint ADMIN_RESULTS = AREA.declare("admin.experiments.results", "GET",
      ADMIN_EXPERIMENT + "/results", ADMIN_PAT, METHOD, Shape.ITEM);
}
