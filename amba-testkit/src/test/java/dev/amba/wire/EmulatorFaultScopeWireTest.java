package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.RetryPolicy;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: a fault rule set over HTTP with one project's server key applies to that project's
 * requests only; another project, and requests of no project, never see it.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EmulatorFaultScopeWireTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpResponse<String> faults(AmbaEmulator emulator, EmulatorProject p, String method, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(
            URI.create(emulator.apiUrl() + "/v1/admin/projects/" + p.projectId() + "/_emulator/faults"))
        .header("Authorization", "Bearer " + p.serverKey()).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int pending(HttpResponse<String> state) {
    JsonObject json = Json.createReader(new StringReader(state.body())).readObject();
    return json.getJsonObject("data").getInt("pending");
  }

  @Test
  void faultsSetByProjectAsKey_failOnlyProjectAsRequests(AmbaEmulator emulator) throws Exception {
    EmulatorProject a = emulator.defaultProject();
    EmulatorProject b = emulator.createProject();
    assertThat(faults(emulator, a, "POST", "{\"kind\":\"status\",\"status\":503,\"count\":3}").statusCode()).isEqualTo(201);
    assertThat(faults(emulator, a, "POST", "{\"kind\":\"status\",\"status\":502,\"fraction\":1.0,\"seed\":1,"
        + "\"path_prefix\":\"/v1/client/events\"}").statusCode()).isEqualTo(201);

    try (AmbaClient bClient = AmbaClient.configure(emulator.config(b).toBuilder().retryPolicy(RetryPolicy.none()).build());
         AmbaClient aClient = AmbaClient.configure(emulator.config(a).toBuilder().retryPolicy(RetryPolicy.none()).build())) {
      String bUser = emulator.createUser(b);
      for (int i = 0; i < 5; i++) {
        assertThat(bClient.users().get(bUser).id()).isEqualTo(bUser);
        bClient.asUser(bUser).events().track("b_tracked", Map.of());
      }
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).as("a request of no project").isEqualTo(200);

      assertThat(pending(faults(emulator, b, "GET", null))).as("B sees none of A's rules").isZero();
      assertThat(faults(emulator, b, "DELETE", null).statusCode()).isEqualTo(204);
      assertThat(pending(faults(emulator, a, "GET", null))).as("B's reset leaves A's rules").isPositive();

      String aUser = emulator.createUser(a);
      assertThatThrownBy(() -> aClient.users().get(aUser))
          .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.status()).isEqualTo(503));
      assertThatThrownBy(() -> aClient.asUser(aUser).events().track("a_tracked", Map.of()))
          .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.status()).isIn(502, 503));
    }
    assertThat(faults(emulator, a, "DELETE", null).statusCode()).isEqualTo(204);
    assertThat(emulator.faults().pending()).isZero();
  }
}
