package dev.amba.internal;

import dev.amba.RequestOptions;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.http.Scope;

/**
 * What an area needs to call its endpoints for one acting user: the client's runtime, the user's
 * scope and the handle's options. Every user-side area takes this one value, so none repeats the
 * plumbing and a new one cannot forget the scope.
 */
public record UserCalls(ClientRuntime runtime, Scope scope, RequestOptions options) {

  /** A call of {@code endpoint} for this user, its path filled with {@code pathArgs} in order. */
  public Api.Call call(Endpoint endpoint, String... pathArgs) {
    return runtime.api.call(endpoint, scope, options, pathArgs);
  }

  @Override
  public String toString() {
    return "UserCalls{" + scope + '}';
  }
}
