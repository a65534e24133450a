package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.NONE;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * The emulator's fault switch and clock: Amba has no such routes, so the OpenAPI description
 * leaves these out.
 */
public final class EmulatorEndpoints {

  private EmulatorEndpoints() {}

  static final Declarations AREA = new Declarations();

  /** The path segment that marks the fault switch, which faults never apply to. */
  public static final String FAULTS_MARKER = "/_emulator/faults";
  public static final Endpoint FAULTS_ADD =
      AREA.emulatorOnly("emulator.faults.add", "POST", ADMIN + FAULTS_MARKER, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint FAULTS_STATE =
      AREA.emulatorOnly("emulator.faults.state", "GET", ADMIN + FAULTS_MARKER, SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint FAULTS_RESET =
      AREA.emulatorOnly("emulator.faults.reset", "DELETE", ADMIN + FAULTS_MARKER, SERVER_KEY, METHOD, Shape.NONE);

  /** M3: moves the emulator's clock forward; no credential, loopback only. */
  public static final Endpoint CLOCK =
      AREA.emulatorOnly("emulator.clock", "POST", "/_emulator/clock", NONE, NEVER, Shape.ITEM);

  // The web console (issue 18) and the routes only it needs; the SDK calls none of them. No
  // credential: loopback only, like the clock, since they hand out every project's keys.

  /** Where the console's routes live; faults never apply to them, so the console keeps working. */
  public static final String CONSOLE_MARKER = "/_emulator/console";
  /** The console's page. */
  public static final Endpoint CONSOLE_PAGE =
      AREA.emulatorOnly("emulator.console", "GET", CONSOLE_MARKER, NONE, METHOD, Shape.RAW);
  /** One of the console's static files (script, style sheet), by name. */
  public static final Endpoint CONSOLE_FILE =
      AREA.emulatorOnly("emulator.console.file", "GET", CONSOLE_MARKER + "/{file}", NONE, METHOD, Shape.RAW);
  /** Every project with its keys and PAT, which the console then calls the admin routes with. */
  public static final Endpoint CONSOLE_PROJECTS =
      AREA.emulatorOnly("emulator.console.projects", "GET", CONSOLE_MARKER + "/api/projects", NONE, METHOD, Shape.LIST);
  /** The emulator clock's current time. */
  public static final Endpoint CONSOLE_CLOCK =
      AREA.emulatorOnly("emulator.console.clock", "GET", "/_emulator/clock", NONE, METHOD, Shape.ITEM);
  /** Server-sent events: every event a project stores from now on, derived ones marked. */
  public static final Endpoint CONSOLE_EVENT_STREAM =
      AREA.emulatorOnly("emulator.console.events", "GET", CONSOLE_MARKER + "/api/events/stream", NONE, METHOD, Shape.RAW);
  /** The push notifications the emulator "delivered" to the project's tokens. */
  public static final Endpoint PUSH_DELIVERIES = AREA.emulatorOnly("emulator.push.deliveries", "GET",
      ADMIN + "/_emulator/push/deliveries", SERVER_KEY, METHOD, Shape.OFFSET_LIST);

  /**
   * Whether faults skip this raw path: the fault switch itself (so a switch turned on can be turned
   * off) and the console's own routes (so a fault set from the console hits the app's next call,
   * not the console's refresh).
   */
  public static boolean faultFree(String rawPath) {
    return rawPath.contains(FAULTS_MARKER) || rawPath.startsWith(CONSOLE_MARKER)
        || rawPath.endsWith("/_emulator/push/deliveries");
  }
}
