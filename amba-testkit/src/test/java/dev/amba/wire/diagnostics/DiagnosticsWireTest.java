package dev.amba.wire.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.diagnostics.DiagnosticsPing;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagnostics ping of 38 over the wire: a right key names its project, a wrong or missing one
 * is still a 200 with {@code ok} false, and no answer carries the key, only its fingerprint.
 */
class DiagnosticsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-05-01T08:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  /** The fingerprint as the X decision defines it, computed independently of the emulator. */
  private static String fingerprint(String key) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(d).substring(0, 16);
  }

  /** The ping as plain HTTP, with {@code headers} as name, value pairs. */
  private static HttpResponse<String> ping(String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(p.emulator().apiUrl() + "/v1/client/diagnostics/ping"));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString()).join();
  }

  private static AmbaConfig withClientKey(String clientKey) {
    AmbaConfig mine = p.amba().settings();
    return AmbaConfig.builder().projectId(mine.projectId()).clientKey(clientKey).apiUrl(p.emulator().apiUrl()).build();
  }

  @Test
  void theRightKey_isOk_andNamesItsProjectAndEnvironment_withTheKeysFingerprint() throws Exception {
    String key = p.amba().settings().clientKey();
    p.emulator().clearRecordedRequests();

    DiagnosticsPing ping = p.amba().diagnostics().ping();

    assertThat(ping).isEqualTo(new DiagnosticsPing(true, p.amba().settings().projectId(), "development",
        fingerprint(key), 0, null));
    // The client key alone: no server key and no user go out for a ping.
    RecordedRequest sent = p.emulator().recordedRequests().get(0);
    assertThat(sent.header("X-Api-Key")).isEqualTo(key);
    assertThat(sent.header("Authorization")).isNull();
    assertThat(ping.toString()).doesNotContain(key);
  }

  @Test
  void aClientWithNoServerKey_canPing() {
    try (AmbaClient app = AmbaClient.configure(withClientKey(p.amba().settings().clientKey()))) {
      assertThat(app.diagnostics().ping().ok()).isTrue();
    }
  }

  @Test
  void aWrongKey_isAnAnswerNotAnError_okFalse_invalidApiKey_andNoProject() throws Exception {
    String wrong = "amb_dev_ck_not_a_key_of_any_project";
    try (AmbaClient app = AmbaClient.configure(withClientKey(wrong))) {
      DiagnosticsPing ping = app.diagnostics().ping();

      assertThat(ping).isEqualTo(new DiagnosticsPing(false, null, null, fingerprint(wrong), 0, "invalid_api_key"));
      assertThat(ping.keyFingerprint()).isNotEqualTo(fingerprint(p.amba().settings().clientKey()));
      assertThat(ping.toString()).doesNotContain(wrong);
    }
  }

  @Test
  void overTheWire_aWrongOrMissingKey_is200_andTheBodyNeverCarriesAKey() {
    String wrong = "amb_dev_ck_wrong";
    HttpResponse<String> missing = ping();
    HttpResponse<String> bad = ping("X-Api-Key", wrong);
    HttpResponse<String> right = ping("X-Api-Key", p.amba().settings().clientKey());

    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("\"ok\":false").contains("\"error\":\"api_key_missing\"")
        .contains("\"key_fingerprint\":null");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("\"ok\":false").contains("\"error\":\"invalid_api_key\"").doesNotContain(wrong);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("\"ok\":true").doesNotContain(p.amba().settings().clientKey())
        .doesNotContain(p.amba().settings().serverKey().orElseThrow());
  }
}
