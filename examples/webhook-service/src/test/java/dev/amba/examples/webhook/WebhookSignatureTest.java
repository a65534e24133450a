package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.examples.webhook.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String SECRET = "whsec_test";
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

  private static Verdict verify(String header, byte[] body) {
    return WebhookSignature.verify(SECRET, header, body, NOW, TOLERANCE);
  }

  @Test
  void aSignatureMadeWithTheSecret_isValid() {
    assertThat(verify(WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY), BODY)).isEqualTo(Verdict.VALID);
  }

  @Test
  void matchesTheOpensslRecipeInTheCurlGuide() {
    // printf '%s.%s' 1767323045 '{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test
    assertThat(WebhookSignature.sign(SECRET, 1767323045L, BODY))
        .isEqualTo("t=1767323045,v1=f121f4aa13380581f2a95e878fd1621b234c7b263c1fecff2bc3a8ef778d5957");
  }

  @Test
  void aChangedBody_orAnotherSecret_isAMismatch() {
    String header = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);

    assertThat(verify(header, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Verdict.MISMATCH);
    assertThat(verify(WebhookSignature.sign("whsec_other", NOW.getEpochSecond(), BODY), BODY))
        .isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void anOldSignature_isStale_evenThoughItMatches() {
    long tenMinutesAgo = NOW.minus(Duration.ofMinutes(10)).getEpochSecond();

    assertThat(verify(WebhookSignature.sign(SECRET, tenMinutesAgo, BODY), BODY)).isEqualTo(Verdict.STALE);
  }

  @Test
  void oneMatchingSignatureAmongSeveral_isEnough_whileTheProviderRotatesItsSecret() {
    String fresh = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);
    String old = WebhookSignature.sign("whsec_old", NOW.getEpochSecond(), BODY);
    String both = old + "," + fresh.substring(fresh.indexOf("v1="));

    assertThat(verify(both, BODY)).isEqualTo(Verdict.VALID);
  }

  @Test
  void missingOrMalformedHeaders_areRefused() {
    assertThat(verify(null, BODY)).isEqualTo(Verdict.MISSING);
    assertThat(verify(" ", BODY)).isEqualTo(Verdict.MISSING);
    assertThat(verify("t=abc,v1=00", BODY)).isEqualTo(Verdict.MALFORMED);
    assertThat(verify("t=1,v1=zz", BODY)).isEqualTo(Verdict.MALFORMED);
    assertThat(verify("v1=00", BODY)).isEqualTo(Verdict.MALFORMED);
    assertThat(verify("t=1", BODY)).isEqualTo(Verdict.MALFORMED);
    assertThat(verify("garbage", BODY)).isEqualTo(Verdict.MALFORMED);
  }
}
