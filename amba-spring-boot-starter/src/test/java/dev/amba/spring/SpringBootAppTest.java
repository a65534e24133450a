package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amba.AmbaClient;
import dev.amba.spring.app.DemoApplication;
import dev.amba.spring.test.AutoConfigureAmbaEmulator;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The starter in a running Spring Boot 3.5 servlet application (embedded Tomcat, Spring Security,
 * Actuator) against the emulator that {@link AutoConfigureAmbaEmulator} starts, called over HTTP.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "amba.filter.user-resolver=user-principal",
        "amba.filter.url-patterns=/api/*",
        "management.endpoints.web.exposure.include=health",
        "management.endpoint.health.show-details=always"
    })
@AutoConfigureAmbaEmulator(clients = "acme")
class SpringBootAppTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired AmbaEmulator emulator;
  @Autowired AmbaClient amba;
  @Value("${amba.clients.acme.project-id}") String acmeProjectId;

  @AfterEach
  void resetFaults() {
    emulator.faults().reset();
  }

  @Test
  void aController_usesTheInjectedClient_andTheFiltersRequestAttribute() throws Exception {
    JsonNode body = getJson("/api/project", null, 200);
    assertThat(body.get("sameClient").asBoolean()).isTrue();
    assertThat(body.get("serverProjectId").asText()).isEqualTo(emulator.defaultProject().projectId());
    assertThat(body.get("acmeProjectId").asText()).isEqualTo(acmeProjectId).isNotEqualTo(emulator.defaultProject().projectId());
  }

  @Test
  void springSecuritysLoggedInUser_reachesTheFiltersResolver() throws Exception {
    String uid = emulator.createUser(emulator.defaultProject());
    assertThat(getJson("/api/whoami", null, 200).get("uid").asText()).isEqualTo("anonymous");
    assertThat(getJson("/api/whoami", uid, 200).get("uid").asText()).isEqualTo(uid);

    emulator.clearRecordedRequests();
    assertThat(getJson("/api/me", uid, 200).get("uid").asText()).isEqualTo(uid);
    RecordedRequest track = emulator.awaitRequest(r -> r.pathWithoutQuery().equals("/v1/client/events"), Duration.ofSeconds(10));
    assertThat(track.header("X-Amba-On-Behalf-Of")).isEqualTo(uid);
    // Without a login Spring Security answers before the filter or the controller run.
    getJson("/api/me", null, 401);
  }

  @Test
  void anAsyncEndpoint_worksThroughTheFilter() throws Exception {
    JsonNode body = getJson("/api/async", null, 200);
    assertThat(body.get("otherThread").asBoolean()).isTrue();
    assertThat(body.get("serverProjectId").asText()).isEqualTo(emulator.defaultProject().projectId());
  }

  @Test
  void theFilter_runsOnAnAsyncDispatch() throws Exception {
    // /raw/* is outside amba.filter.url-patterns: the client is there only if the ASYNC dispatch was filtered.
    JsonNode body = getJson("/raw/start-async", null, 200);
    assertThat(body.get("dispatcherType").asText()).isEqualTo("ASYNC");
    assertThat(body.get("hasClient").asBoolean()).isTrue();
    assertThat(body.get("serverProjectId").asText()).isEqualTo(emulator.defaultProject().projectId());
  }

  @Test
  void health_isUp_withEveryClientsProject() throws Exception {
    JsonNode amba = getJson("/actuator/health", null, 200).get("components").get("amba");
    assertThat(amba.get("status").asText()).isEqualTo("UP");
    JsonNode byDefault = amba.get("components").get("default");
    assertThat(byDefault.get("status").asText()).isEqualTo("UP");
    assertThat(byDefault.get("details").get("projectId").asText()).isEqualTo(emulator.defaultProject().projectId());
    assertThat(byDefault.get("details").get("keyFingerprint").asText()).startsWith("sha256:");
    assertThat(amba.get("components").get("acme").get("details").get("projectId").asText()).isEqualTo(acmeProjectId);
    assertThat(amba.toString()).doesNotContain(emulator.defaultProject().clientKey())
        .doesNotContain(emulator.defaultProject().serverKey());
  }

  @Test
  void health_isDown_whenTheApiAnswers503_orThePingGetsNoAnswer() throws Exception {
    emulator.faults().onlyFor("/health").failNext(2, 503);
    JsonNode amba = getJson("/actuator/health", null, 503).get("components").get("amba");
    assertThat(amba.get("status").asText()).isEqualTo("DOWN");
    assertThat(amba.get("components").get("default").get("details").get("httpStatus").asInt()).isEqualTo(503);

    emulator.faults().reset();
    emulator.faults().onlyFor("/v1/client/diagnostics/ping").dropNext(2);
    JsonNode dropped = getJson("/actuator/health", null, 503).get("components").get("amba").get("components").get("default");
    assertThat(dropped.get("status").asText()).isEqualTo("DOWN");
    assertThat(dropped.get("details").get("error").asText()).contains("AmbaTransportException");
  }

  @Test
  @DirtiesContext
  void health_isDown_whenTheEmulatorIsStopped() throws Exception {
    getJson("/actuator/health", null, 200);
    emulator.close();
    JsonNode amba = getJson("/actuator/health", null, 503).get("components").get("amba");
    assertThat(amba.get("status").asText()).isEqualTo("DOWN");
    assertThat(amba.get("components").get("default").get("details").get("error").asText()).contains("AmbaTransportException");
  }

  private JsonNode getJson(String path, String user, int expectedStatus) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DemoApplication.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(expectedStatus);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
