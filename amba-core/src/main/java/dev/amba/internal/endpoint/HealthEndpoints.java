package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.NONE;
import static dev.amba.internal.endpoint.Retry.METHOD;

/** The readiness probe, outside the versioned API. */
public final class HealthEndpoints {

  private HealthEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint CHECK = AREA.declare("health", "GET", "/health", NONE, METHOD, Shape.RAW);
}
