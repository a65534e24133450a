package dev.amba.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaApiException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaServerException;
import dev.amba.internal.util.Secrets;
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
    return ErrorDecoder.toException(ErrorDecoder.decode(r, "sent-rid", Clock.systemUTC(), secrets), secrets);
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

  // Issue 10, finding 3: every string taken from an error answer is scrubbed, in any case or encoding.
  @Test
  void serverEchoingAKey_inCodeRequestIdAndDetails_anyCaseOrEncoding_isScrubbedEverywhere() {
    String upper = "AMB_DEV_SK_SUPERSECRETVALUE";
    String pct = "amb%5Fdev%5Fsk%5Fsupersecretvalue";
    AmbaApiException e = decode(401, "{\"error\":{\"code\":\"bad_" + upper + "\",\"message\":\"Bearer " + pct
        + "\",\"request_id\":\"rid-amb_dev_sk_supersecretvalue\",\"details\":{\"echo\":{\"auth\":[\"Bearer "
        + upper.toLowerCase() + "\"]},\"" + pct + "\":1}}}", Map.of());
    String all = e.getMessage() + e.code() + e.serverMessage() + e.requestId() + e.details();
    assertThat(all).doesNotContainIgnoringCase("supersecretvalue").contains("amb_dev_sk_****");
    AmbaApiException h = decode(500, "{\"error\":{\"code\":\"x\",\"message\":\"m\"}}",
        Map.of("X-Request-Id", List.of("Bearer " + upper)));
    assertThat(h.requestId()).doesNotContainIgnoringCase("supersecretvalue");
  }

  @Test
  void textBodyEchoingAKey_cutByThe2KbLimit_leavesNoPieceOfIt() {
    for (int pad = ErrorDecoder.TEXT_LIMIT - 20; pad < ErrorDecoder.TEXT_LIMIT; pad++) {
      String html = "<p>" + "x".repeat(pad - 3) + "amb_dev_sk_supersecretvalue</p>" + "y".repeat(3000);
      AmbaApiException e = decode(502, html, Map.of());
      assertThat(e.serverMessage()).as("pad %d", pad).doesNotContain("amb_dev_sk_su").hasSizeLessThan(2100);
    }
    String upper = "<p>Authorization: Bearer AMB%5FDEV%5FSK%5FSUPERSECRETVALUE</p>";
    assertThat(decode(502, upper, Map.of()).serverMessage()).doesNotContainIgnoringCase("supersecret");
  }

  // Issue 10, smaller: Parsson throws a bare RuntimeException past 1,000 levels of nesting.
  @Test
  void errorBodyNestedTooDeeplyForTheParser_isAnUnexpectedResponseCarryingTheStatus() {
    String deep = "{\"error\":{\"code\":\"x\",\"message\":\"m\",\"details\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
    AmbaApiException e = decode(503, deep, Map.of());
    assertThat(e).isInstanceOf(AmbaServerException.class);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.code()).isEqualTo("unexpected_response");
    assertThat(e.serverMessage()).hasSizeLessThan(2100);
  }
}
