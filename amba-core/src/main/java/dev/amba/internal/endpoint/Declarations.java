package dev.amba.internal.endpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * One area's endpoints, in the order its class declares them. Each area class holds one as
 * {@code AREA} and declares its constants through it; {@link Endpoints} joins the areas into the
 * single table and refuses an endpoint declared twice, within an area or across two.
 */
final class Declarations {

  static final String CLIENT = "/v1/client";
  static final String ADMIN = "/v1/admin/projects/{projectId}";

  // Filled only while the area class initializes, which completes before Endpoints reads it.
  private final List<Endpoint> declared = new ArrayList<>();

  Endpoint declare(String name, String method, String template, Credential credential, Retry retry, Shape shape) {
    return add(new Endpoint(name, method, template, credential, retry, shape, false));
  }

  /** A route of the emulator alone: the OpenAPI description leaves it out. */
  Endpoint emulatorOnly(String name, String method, String template, Credential credential, Retry retry,
      Shape shape) {
    return add(new Endpoint(name, method, template, credential, retry, shape, true));
  }

  private Endpoint add(Endpoint endpoint) {
    declared.add(endpoint);
    return endpoint;
  }

  /**
   * The areas' endpoints, area after area in the order given.
   *
   * @throws IllegalStateException when two share a name, or a method and template
   */
  static List<Endpoint> join(Declarations... areas) {
    List<Endpoint> all = new ArrayList<>();
    for (Declarations area : areas) {
      for (Endpoint endpoint : area.declared) {
        for (Endpoint e : all) {
          if (e.name().equals(endpoint.name())
              || e.method().equals(endpoint.method()) && e.template().equals(endpoint.template())) {
            throw new IllegalStateException("declared twice: " + endpoint);
          }
        }
        all.add(endpoint);
      }
    }
    return List.copyOf(all);
  }
}
