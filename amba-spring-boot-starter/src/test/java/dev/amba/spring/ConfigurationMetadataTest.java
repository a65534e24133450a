package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an IDE shows for {@code amba.*}: every key there, each with a description. */
class ConfigurationMetadataTest {

  private static Map<String, JsonNode> properties() throws Exception {
    try (InputStream in = AmbaProperties.class.getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the metadata the configuration processor writes into the jar").isNotNull();
      Map<String, JsonNode> byName = new TreeMap<>();
      for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
        byName.put(p.get("name").asText(), p);
      }
      return byName;
    }
  }

  @Test
  void everyKey_isListed_withADescription() throws Exception {
    Map<String, JsonNode> properties = properties();
    assertThat(properties).containsKeys("amba.project-id", "amba.client-key", "amba.server-key", "amba.pat", "amba.api-url",
        "amba.connect-timeout", "amba.request-timeout", "amba.clients", "amba.filter.enabled", "amba.filter.user-resolver",
        "amba.filter.user-session-attribute", "amba.filter.order", "amba.filter.url-patterns",
        "amba.filter.verify-session", "amba.session-cache-ttl",
        "management.health.amba.enabled");
    List<String> undocumented = new ArrayList<>();
    properties.forEach((name, p) -> {
      String description = p.path("description").asText("");
      if (description.isBlank() || description.contains("{@")) {
        undocumented.add(name);
      }
    });
    assertThat(undocumented).as("keys without a plain-text description").isEmpty();
  }

  @Test
  void defaults_andTheResolversValues_areShown() throws Exception {
    Map<String, JsonNode> properties = properties();
    assertThat(properties.get("amba.connect-timeout").get("defaultValue").asText()).isEqualTo("10s");
    assertThat(properties.get("amba.request-timeout").get("defaultValue").asText()).isEqualTo("30s");
    assertThat(properties.get("amba.session-cache-ttl").get("defaultValue").asText()).isEqualTo("60s");
    assertThat(properties.get("amba.api-url").get("defaultValue").asText()).isEqualTo("https://api.amba.dev");
    assertThat(properties.get("amba.filter.url-patterns").get("defaultValue").get(0).asText()).isEqualTo("/*");
    assertThat(properties.get("amba.filter.user-resolver").get("defaultValue").asText()).isEqualTo("none");
  }
}
