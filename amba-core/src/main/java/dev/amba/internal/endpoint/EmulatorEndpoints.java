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
}
