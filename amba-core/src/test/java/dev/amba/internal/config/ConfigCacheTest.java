package dev.amba.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.internal.http.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigCacheTest {

  @Test
  void keepsAtMostItsCapacity_droppingTheLeastRecentlyUsedScope() {
    ConfigCache cache = new ConfigCache(2);
    ConfigCache.Entry a = new ConfigCache.Entry("\"a\"", Map.of());
    cache.put(Scope.CLIENT_KEY, a);
    cache.put(Scope.onBehalfOf("u1"), new ConfigCache.Entry("\"1\"", Map.of()));
    assertThat(cache.get(Scope.CLIENT_KEY)).isSameAs(a);
    cache.put(Scope.onBehalfOf("u2"), new ConfigCache.Entry("\"2\"", Map.of()));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(Scope.onBehalfOf("u1"))).isNull();
    assertThat(cache.get(Scope.CLIENT_KEY)).isSameAs(a);
    assertThat(cache.get(Scope.onBehalfOf("u2")).etag()).isEqualTo("\"2\"");
  }

  @Test
  void scopesOfTheSameUid_shareAnEntry() {
    ConfigCache cache = new ConfigCache(ConfigCache.DEFAULT_CAPACITY);
    cache.put(Scope.onBehalfOf("u1"), new ConfigCache.Entry("\"1\"", Map.of()));
    assertThat(cache.get(Scope.onBehalfOf("u1"))).isNotNull();
    cache.remove(Scope.onBehalfOf("u1"));
    assertThat(cache.get(Scope.onBehalfOf("u1"))).isNull();
  }
}
