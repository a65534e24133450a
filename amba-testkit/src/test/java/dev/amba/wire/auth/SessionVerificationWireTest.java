package dev.amba.wire.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaAuthenticationException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaPermissionException;
import dev.amba.auth.AuthSession;
import dev.amba.auth.VerifiedSession;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.CapturedLog;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code auth().verifySession}: a BFF learns who holds an Amba session token by asking Amba with the
 * token and the client key, and keeps the answer, by a hash of the token, until the earlier of the
 * session's expiry and the configured bound, on the client's clock (here the emulator's too).
 */
class SessionVerificationWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-05-06T08:00:00Z"));

  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  @RegisterExtension
  final CapturedLog log = CapturedLog.of("dev.amba", Level.ALL);

  private final List<AmbaClient> clients = new ArrayList<>();

  @BeforeEach
  void forgetRequests() {
    p.emulator().clearRecordedRequests();
  }

  @AfterEach
  void close() {
    clients.forEach(AmbaClient::close);
  }

  /** A client of the test's project on the test's clock; no server key, which verifying never needs. */
  private AmbaClient client(Duration ttl) {
    AmbaConfig.Builder b = p.emulator().config(p.project()).toBuilder().serverKey(null).pat(null).clock(clock);
    if (ttl != null) {
      b.sessionCacheTtl(ttl);
    }
    AmbaClient c = AmbaClient.configure(b.build());
    clients.add(c);
    return c;
  }

  private AuthSession signUp(AmbaClient amba) {
    return amba.auth().signUpWithEmail("v" + System.nanoTime() + "@example.com", "a long password");
  }

  private static List<RecordedRequest> verifications(AmbaEmulator emulator) {
    return emulator.recordedRequests().stream()
        .filter(r -> r.method().equals("GET") && r.pathWithoutQuery().equals("/v1/client/users/me"))
        .toList();
  }

  @Test
  void validToken_givesTheUserAndTheSessionExpiry_askedWithTheTokenAndTheClientKey() {
    AmbaClient amba = client(null);
    AuthSession session = signUp(amba);

    VerifiedSession verified = amba.auth().verifySession(session.sessionToken());

    assertThat(verified.userId()).isEqualTo(session.user().id());
    assertThat(verified.user().email()).isEqualTo(session.user().email());
    assertThat(verified.expiresAt()).isEqualTo(clock.instant().plus(AmbaEmulator.SESSION_LIFETIME));
    assertThat(verified.expiry()).contains(verified.expiresAt());
    List<RecordedRequest> sent = verifications(p.emulator());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer " + session.sessionToken());
    assertThat(sent.get(0).header("X-Api-Key")).isEqualTo(p.project().clientKey());
    assertThat(sent.get(0).header("X-Amba-On-Behalf-Of")).isNull();
  }

  @Test
  void secondVerification_withinTheBound_sendsNothing_andAfterTheBound_asksAgain() {
    AmbaClient amba = client(null);
    String token = signUp(amba).sessionToken();

    VerifiedSession first = amba.auth().verifySession(token);
    clock.advance(Duration.ofSeconds(59));
    VerifiedSession cached = amba.auth().verifySession(token);
    assertThat(cached).isEqualTo(first);
    assertThat(verifications(p.emulator())).as("a hit within 60 s").hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    amba.auth().verifySession(token);
    assertThat(verifications(p.emulator())).as("the default bound is 60 s").hasSize(2);
  }

  @Test
  void theCache_isSharedByTheClientsViews_butNotByAnotherClient() {
    AmbaClient amba = client(null);
    String token = signUp(amba).sessionToken();
    amba.auth().verifySession(token);

    amba.withOptions(dev.amba.RequestOptions.timeout(Duration.ofSeconds(5))).auth().verifySession(token);
    assertThat(verifications(p.emulator())).hasSize(1);

    client(null).auth().verifySession(token);
    assertThat(verifications(p.emulator())).hasSize(2);
  }

  @Test
  void theSessionsExpiry_endsTheCacheBeforeALongerBound_andThenTheTokenIs401() {
    AmbaClient amba = client(Duration.ofHours(2));
    String token = signUp(amba).sessionToken();
    amba.auth().verifySession(token);

    clock.advance(AmbaEmulator.SESSION_LIFETIME.minusSeconds(1));
    amba.auth().verifySession(token);
    assertThat(verifications(p.emulator())).as("still cached one second before expiry").hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> amba.auth().verifySession(token))
          .isInstanceOfSatisfying(AmbaAuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("session_expired");
          });
    }
    assertThat(verifications(p.emulator())).as("an expired token is asked about each time").hasSize(3);
  }

  @Test
  void unknownToken_is401_andNeverCached() {
    AmbaClient amba = client(null);
    String forged = "amb_sess_forged0123456789abcdefghijklmnop";

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> amba.auth().verifySession(forged))
          .isInstanceOfSatisfying(AmbaAuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    }
    assertThat(verifications(p.emulator())).hasSize(2);
  }

  @Test
  void anotherProjectsToken_isRefused() {
    AmbaClient other = AmbaClient.configure(p.emulator().config(p.emulator().createProject()));
    clients.add(other);
    String theirs = signUp(other).sessionToken();

    assertThatThrownBy(() -> client(null).auth().verifySession(theirs))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("project_mismatch"));
  }

  @Test
  void zeroBound_asksEveryTime() {
    AmbaClient amba = client(Duration.ZERO);
    String token = signUp(amba).sessionToken();

    amba.auth().verifySession(token);
    amba.auth().verifySession(token);

    assertThat(verifications(p.emulator())).hasSize(2);
  }

  @Test
  void badInput_failsBeforeAnythingIsSent_namingTheArgument() {
    AmbaClient amba = client(null);
    String token = signUp(amba).sessionToken();
    p.emulator().clearRecordedRequests();

    assertThatThrownBy(() -> amba.auth().verifySession(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sessionToken");
    assertThatThrownBy(() -> amba.auth().verifySession("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionToken");
    assertThatThrownBy(() -> amba.auth().verifySession("Bearer " + token))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionToken")
        .hasMessageNotContaining(token);
    assertThatThrownBy(() -> amba.auth().verifySession(token + "\n"+ token))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(token);
    assertThatThrownBy(() -> amba.auth().verifySession("x".repeat(8193)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionToken");
    assertThat(p.emulator().recordedRequests()).isEmpty();
  }

  @Test
  void theToken_appearsInNoLogLineMessageOrToString() {
    AmbaClient amba = client(null);
    AuthSession session = signUp(amba);
    String token = session.sessionToken();
    List<String> rendered = new ArrayList<>();

    VerifiedSession verified = amba.auth().verifySession(token);
    rendered.add(verified.toString());
    rendered.add(amba.auth().verifySession(token).toString());
    rendered.add(amba.toString());
    clock.advance(AmbaEmulator.SESSION_LIFETIME);
    for (String refused : List.of(token, token + "x")) {
      try {
        amba.auth().verifySession(refused);
        rendered.add("no failure?");
      } catch (AmbaAuthenticationException e) {
        rendered.add(e.toString());
        rendered.add(String.valueOf(e.getMessage()));
        rendered.add(String.valueOf(e.details()));
      }
    }

    assertThat(log.lines()).as("debug wire log is on").anyMatch(l -> l.contains("/v1/client/users/me"));
    String all = String.join("\n", log.lines()) + "\n" + String.join("\n", rendered);
    assertThat(all).doesNotContain(token).doesNotContain(token.substring(0, 20));
  }

  @Test
  void concurrentVerifications_ofManyTokens_eachGetTheirOwnUser() throws Exception {
    AmbaClient amba = client(null);
    List<AuthSession> sessions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sessions.add(amba.auth().signInAnonymously());
    }

    List<List<String>> seen = Together.run(12, thread -> {
      List<String> mismatches = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        AuthSession s = sessions.get((thread + round) % sessions.size());
        String uid = amba.auth().verifySession(s.sessionToken()).userId();
        if (!uid.equals(s.user().id())) {
          mismatches.add(uid + " for " + s.user().id());
        }
      }
      return mismatches;
    });

    assertThat(seen).allSatisfy(m -> assertThat(m).isEmpty());
    assertThat(verifications(p.emulator()).size()).as("each token asked about at least once, at most once per race")
        .isBetween(6, 48);
  }
}
