package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaApiException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaServerException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {

  private final Secrets secrets = new Secrets(List.of("amb_dev_sk_supersecretvalue"));

  private AmbaApiException decode(int status, String body, Map<String, List<String>> headers) {
    HttpResult r = new HttpResult(status, HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    return ErrorDecoder.toException(ErrorDecoder.decode(r, "sent-rid", Clock.systemUTC()), secrets);
  }

  @Test
  void documentedForm_keepsUpperSnakeCodeAndUsesSentRequestId() {
    AmbaApiException e = decode(404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such user\",\"details\":{\"id\":\"u\"}}}", Map.of());
    assertThat(e).isInstanceOf(AmbaNotFoundException.class);
    assertThat(e.code()).isEqualTo("NOT_FOUND");
    assertThat(e.serverMessage()).isEqualTo("No such user");
    assertThat(e.details()).containsEntry("id", "u");
    assertThat(e.requestId()).isEqualTo("sent-rid");
    assertThat(e.getMessage()).contains("404").contains("NOT_FOUND").contains("sent-rid");
  }

  @Test
  void typedForm_readsRequestIdRetryAfterAndDetails() {
    AmbaApiException e = decode(429, "{\"error\":{\"kind\":\"rate_limit\",\"code\":\"rate_limited\",\"status\":429,"
        + "\"message\":\"Too many\",\"request_id\":\"srv-rid\",\"details\":{\"retry_after_seconds\":3,\"scope\":\"project\"}}}", Map.of());
    assertThat(e).isInstanceOf(AmbaRateLimitException.class);
    assertThat(e.code()).isEqualTo("rate_limited");
    assertThat(e.requestId()).isEqualTo("srv-rid");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.details()).containsEntry("scope", "project");
  }

  @Test
  void retryAfterHeader_winsOverTheBody() {
    AmbaApiException e = decode(429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"x\",\"details\":{\"retry_after_seconds\":3}}}",
        Map.of("Retry-After", List.of("9"), "X-Request-Id", List.of("hdr-rid")));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(9));
    assertThat(e.requestId()).isEqualTo("hdr-rid");
  }

  @Test
  void htmlBody_givesStatusAndTheFirst2KbOfText() {
    String html = "<html><body>Bad gateway</body></html>" + "x".repeat(5000);
    AmbaApiException e = decode(502, html, Map.of());
    assertThat(e).isInstanceOf(AmbaServerException.class);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.code()).isEqualTo("http_502");
    assertThat(e.serverMessage()).startsWith("HTTP 502: <html><body>Bad gateway").hasSizeLessThan(2100);
  }

  @Test
  void emptyBody_isReported() {
    assertThat(decode(503, "", Map.of()).serverMessage()).contains("empty body");
  }

  @Test
  void serverEchoingAKey_isScrubbed() {
    AmbaApiException e = decode(401, "{\"error\":{\"code\":\"invalid_token\",\"message\":\"bad key amb_dev_sk_supersecretvalue\"}}", Map.of());
    assertThat(e.getMessage()).doesNotContain("supersecretvalue").contains("amb_dev_sk_****");
  }
}
