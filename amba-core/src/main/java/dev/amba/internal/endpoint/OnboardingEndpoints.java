package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Onboarding (amba-api-modules.md 31): the user's way through the project's primary flow, and the
 * admin's flows and their stats. {@code next} moves one step per call, so none of the client POSTs is
 * retried blind (a repeated {@code skip} or {@code complete} would be harmless, but a lost answer of
 * {@code next} would move the user twice).
 */
public final class OnboardingEndpoints {

  private OnboardingEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String ONBOARDING = CLIENT + "/onboarding";

  public static final Endpoint STATUS =
      AREA.declare("onboarding.status", "GET", ONBOARDING + "/status", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint NEXT =
      AREA.declare("onboarding.next", "POST", ONBOARDING + "/next", ACTING_USER, NEVER, Shape.ITEM);
  /** X: 404 {@code no_active_onboarding_flow} before {@code not_started}; a completed flow is answered unchanged. */
  public static final Endpoint SKIP =
      AREA.declare("onboarding.skip", "POST", ONBOARDING + "/skip", ACTING_USER, NEVER, Shape.ITEM);
  /** X: 404 {@code no_active_onboarding_flow} before {@code not_started}; completes a skipped flow too. */
  public static final Endpoint COMPLETE =
      AREA.declare("onboarding.complete", "POST", ONBOARDING + "/complete", ACTING_USER, NEVER, Shape.ITEM);

  // The older per-flow routes (31.1): served by the emulator, never called by the SDK, so the OpenAPI
  // description leaves them out.
  private static final String FLOW = ONBOARDING + "/{flowId}";
  public static final Endpoint CURRENT =
      AREA.emulatorOnly("onboarding.current", "GET", ONBOARDING, ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint START =
      AREA.emulatorOnly("onboarding.start", "POST", FLOW + "/start", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint ADVANCE =
      AREA.emulatorOnly("onboarding.advance", "POST", FLOW + "/advance", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint FLOW_SKIP =
      AREA.emulatorOnly("onboarding.flow_skip", "POST", FLOW + "/skip", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint FLOW_COMPLETE =
      AREA.emulatorOnly("onboarding.flow_complete", "POST", FLOW + "/complete", ACTING_USER, NEVER, Shape.ITEM);

  private static final String FLOWS = ADMIN + "/onboarding/flows";
  /** X: 400 {@code invalid_steps} for duplicate step ids, no steps, or a step that breaks its rules. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.onboarding.create", "POST", FLOWS, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: oldest first, so the first active flow listed is the primary one. */
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.onboarding.list", "GET", FLOWS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.onboarding.get", "GET", FLOWS + "/{flowId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.onboarding.update", "PATCH", FLOWS + "/{flowId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's {@code {data: {id, deleted: true}}}; users' progress rows are kept. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.onboarding.delete", "DELETE", FLOWS + "/{flowId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_STATS =
      AREA.declare("admin.onboarding.stats", "GET", ADMIN + "/onboarding/stats", SERVER_KEY, METHOD, Shape.LIST);
}
