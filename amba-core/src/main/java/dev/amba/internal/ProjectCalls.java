package dev.amba.internal;

import dev.amba.RequestOptions;
import dev.amba.internal.endpoint.Credential;
import dev.amba.internal.endpoint.Endpoint;

/**
 * What an area needs to call the admin plane of the client's project: the runtime and the
 * options. The project id is the first path parameter of every admin endpoint, so callers pass
 * only the rest.
 */
public record ProjectCalls(ClientRuntime runtime, RequestOptions options) {

  /**
   * A call of an admin {@code endpoint} in the client's project; {@code pathArgs} fill the
   * parameters after {@code {projectId}}.
   */
  public Api.Call call(Endpoint endpoint, String... pathArgs) {
    // The table guarantees an admin endpoint names its project first (Endpoint's constructor).
    if (endpoint.credential() == Credential.ADMIN_PAT) {
      runtime.requirePat(endpoint.name());
    } else if (endpoint.credential() != Credential.SERVER_KEY) {
      throw new IllegalStateException(endpoint.name() + " is not an admin endpoint");
    }
    String[] args = new String[pathArgs.length + 1];
    args[0] = runtime.config.projectId();
    System.arraycopy(pathArgs, 0, args, 1, pathArgs.length);
    return runtime.api.call(endpoint, options, args);
  }

  public String projectId() {
    return runtime.config.projectId();
  }

  @Override
  public String toString() {
    return "ProjectCalls{" + runtime.config.projectId() + '}';
  }
}
