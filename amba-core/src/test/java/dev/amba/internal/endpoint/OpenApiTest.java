package dev.amba.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/openapi.json is the endpoint table's description, regenerated here and compared. */
class OpenApiTest {

  private static final Path FILE = Path.of("..", "docs", "openapi.json");
  private static final String HINT = "docs/openapi.json is stale; regenerate it with "
      + "./mvnw -o -q -pl amba-core test -Dtest=OpenApiTest -Dopenapi.write=true";

  @Test
  void theCheckedInDescription_isTheTables() throws Exception {
    String generated = OpenApi.generate(Endpoints.all());
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(FILE, generated);
    }
    assertThat(Files.exists(FILE)).as(HINT).isTrue();
    assertThat(Files.readString(FILE)).as(HINT).isEqualTo(generated);
  }

  @Test
  void theDescription_isJson_andLeavesOutTheEmulatorsOwnRoutes() {
    JsonObject doc = Json.createReader(new StringReader(OpenApi.generate(Endpoints.all()))).readObject();
    JsonObject paths = doc.getJsonObject("paths");
    for (Endpoint e : Endpoints.all()) {
      boolean present = paths.containsKey(e.template())
          && paths.getJsonObject(e.template()).containsKey(e.method().toLowerCase(java.util.Locale.ROOT));
      assertThat(present).as(e.toString()).isEqualTo(!e.emulatorOnly());
    }
    assertThat(paths.getJsonObject("/v1/client/collections/{name}").getJsonObject("post")
        .getString("operationId")).isEqualTo("collections.insert");
  }
}
