package dev.amba.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConfig;
import dev.amba.auth.VerifiedSession;
import dev.amba.users.AppUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache behind verifySession: keyed by hashes, bounded in time and in size. Its wire behaviour is in the emulator's tests. */
class SessionVerifierTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private static final class Moving extends Clock {
    Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static VerifiedSession session(String uid, Instant expiresAt) {
    return new VerifiedSession(uid, new AppUser(uid, null, null, null, null, Map.of(), null, T0, T0), expiresAt);
  }

  @Test
  void keys_areSha256Hashes_neverTheToken() {
    String token = "amb_sess_abcdefghijklmnopqrstuvwxyz012345";
    SessionVerifier verifier = new SessionVerifier(new Moving(), Duration.ofSeconds(60));

    verifier.remember(SessionVerifier.hash(token), session("u1", null));

    assertThat(verifier.keys()).containsExactly(SessionVerifier.hash(token));
    assertThat(SessionVerifier.hash(token)).hasSize(43).doesNotContain(token.substring(9, 17));
    assertThat(SessionVerifier.hash(token)).isNotEqualTo(SessionVerifier.hash(token + "x"));
    assertThat(verifier.toString()).doesNotContain(token);
  }

  @Test
  void anEntryLivesUntilTheEarlierOfTheBoundAndTheExpiry() {
    Moving clock = new Moving();
    SessionVerifier verifier = new SessionVerifier(clock, Duration.ofSeconds(60));
    verifier.remember("bound", session("u1", T0.plusSeconds(3600)));
    verifier.remember("expiry", session("u2", T0.plusSeconds(10)));
    verifier.remember("unknown", session("u3", null));

    clock.now = T0.plusSeconds(9);
    assertThat(verifier.cached("expiry")).isNotNull();
    clock.now = T0.plusSeconds(10);
    assertThat(verifier.cached("expiry")).isNull();
    assertThat(verifier.cached("bound")).isNotNull();
    clock.now = T0.plusSeconds(60);
    assertThat(verifier.cached("bound")).isNull();
    assertThat(verifier.cached("unknown")).isNull();
    assertThat(verifier.keys()).isEmpty();
  }

  @Test
  void anAlreadyExpiredSession_orAZeroBound_isNotKept() {
    Moving clock = new Moving();
    new SessionVerifier(clock, Duration.ofSeconds(60)).remember("k", session("u1", T0));
    SessionVerifier expired = new SessionVerifier(clock, Duration.ofSeconds(60));
    expired.remember("k", session("u1", T0.minusSeconds(1)));
    SessionVerifier off = new SessionVerifier(clock, Duration.ZERO);
    off.remember("k", session("u1", null));

    assertThat(expired.keys()).isEmpty();
    assertThat(off.keys()).isEmpty();
  }

  @Test
  void theCacheIsBoundedInSize_theOldestGoingFirst() {
    SessionVerifier verifier = new SessionVerifier(new Moving(), Duration.ofSeconds(60), 3);
    for (int i = 0; i < 5; i++) {
      verifier.remember("k" + i, session("u" + i, null));
    }

    assertThat(verifier.keys()).containsExactlyInAnyOrder("k2", "k3", "k4");
    assertThat(SessionVerifier.MAX_ENTRIES).isEqualTo(10_000);
  }

  @Test
  void check_refusesWhatCannotBeAToken_withoutQuotingIt() {
    assertThat(SessionVerifier.check(" amb_sess_x1 ")).isEqualTo("amb_sess_x1");
    assertThatThrownBy(() -> SessionVerifier.check(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("sessionToken");
    assertThatThrownBy(() -> SessionVerifier.check("\t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionToken");
    assertThatThrownBy(() -> SessionVerifier.check("amb_sess_sécret")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionToken").hasMessageNotContaining("cret");
  }

  @Test
  void config_boundDefaultsTo60Seconds_andRefusesANegativeOne() {
    AmbaConfig.Builder b = AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x");
    assertThat(b.build().sessionCacheTtl()).isEqualTo(Duration.ofSeconds(60)).isEqualTo(AmbaConfig.DEFAULT_SESSION_CACHE_TTL);
    assertThat(b.sessionCacheTtl(Duration.ofMinutes(5)).build().toBuilder().build().sessionCacheTtl())
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(b.build().toString()).contains("sessionCacheTtl=PT5M");
    assertThatThrownBy(() -> b.sessionCacheTtl(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionCacheTtl");
    assertThatThrownBy(() -> b.sessionCacheTtl(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sessionCacheTtl");
  }
}
