package dev.amba.internal.config;

import dev.amba.AmbaApiException;
import dev.amba.config.UserConfig;
import dev.amba.internal.Api;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Reads the config for one scope through the client's ETag cache. A 304 returns the cached map
 * itself: no body, no parsing, no new objects.
 */
public final class ConfigReader implements UserConfig {

  private final UserCalls calls;

  public ConfigReader(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Map<String, Object> values() {
    ConfigCache cache = calls.runtime().shared(ConfigCache.class, () -> new ConfigCache(ConfigCache.DEFAULT_CAPACITY));
    ConfigCache.Entry cached = cache.get(calls.scope());
    Api.Call call = calls.call(ConfigEndpoints.VALUES);
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
      cache.put(calls.scope(), new ConfigCache.Entry(etag, values));
    } else {
      // Without a validator the old entry could only ever be answered with stale data.
      cache.remove(calls.scope());
    }
    return values;
  }
}
