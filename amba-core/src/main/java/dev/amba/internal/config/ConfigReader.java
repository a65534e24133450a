package dev.amba.internal.config;

import dev.amba.AmbaApiException;
import dev.amba.RequestOptions;
import dev.amba.config.UserConfig;
import dev.amba.internal.Api;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.http.Scope;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Reads the config for one scope through the client's ETag cache. A 304 returns the cached map
 * itself: no body, no parsing, no new objects.
 */
public final class ConfigReader implements UserConfig {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public ConfigReader(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public Map<String, Object> values() {
    ConfigCache cache = runtime.shared(ConfigCache.class, () -> new ConfigCache(ConfigCache.DEFAULT_CAPACITY));
    ConfigCache.Entry cached = cache.get(scope);
    Api.Call call = runtime.api.call(ConfigEndpoints.VALUES, scope, options);
    if (cached != null) {
      call.header(Headers.IF_NONE_MATCH, cached.etag());
    }
    HttpResult result = call.send();
    if (result.status() == 304) {
      if (cached == null) {
        throw new AmbaApiException(304, "unexpected_response",
            "GET " + call.path() + ": 304 Not Modified to a request without If-None-Match",
            result.headers().firstValue(Headers.REQUEST_ID).orElse(null), Map.of(), null);
      }
      return cached.values();
    }
    JsonObject data = call.data(result, JsonObject.class);
    Map<String, Object> values = JsonValues.toMap(data);
    String etag = result.headers().firstValue(Headers.ETAG).orElse(null);
    if (etag != null) {
      cache.put(scope, new ConfigCache.Entry(etag, values));
    } else {
      // Without a validator the old entry could only ever be answered with stale data.
      cache.remove(scope);
    }
    return values;
  }
}
