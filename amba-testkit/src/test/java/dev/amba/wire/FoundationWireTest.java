package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaAuthenticationException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaTransportException;
import dev.amba.AmbaUser;
import dev.amba.RequestOptions;
import dev.amba.RetryPolicy;
import dev.amba.auth.AuthSession;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation's behaviour over the wire, against the emulator. */
@ExtendWith(AmbaEmulatorExtension.class)
class FoundationWireTest {

  private static String header(RecordedRequest r, String name) {
    List<String> values = r.headers().get(name.toLowerCase());
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static RecordedRequest last(AmbaEmulator emulator, String pathPrefix) {
    List<RecordedRequest> matching = emulator.recordedRequests().stream()
        .filter(r -> r.path().startsWith(pathPrefix)).toList();
    assertThat(matching).as("requests to " + pathPrefix).isNotEmpty();
    return matching.get(matching.size() - 1);
  }

  @Test
  void everyRequest_carriesVersionAndRequestIdHeaders(AmbaEmulator emulator, AmbaClient amba) {
    assertThat(amba.health().isReady()).isTrue();
    RecordedRequest r = last(emulator, "/health");
    assertThat(header(r, "X-SDK-Version")).isEqualTo("amba-java/" + AmbaClient.SDK_VERSION);
    assertThat(header(r, "User-Agent")).startsWith("amba-java/" + AmbaClient.SDK_VERSION + " (Java ");
    assertThat(header(r, "X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(header(r, "Authorization")).isNull();
  }

  @Test
  void asUser_sendsClientKeyServerBearerAndOnBehalfOf(AmbaEmulator emulator, AmbaClient amba) {
    EmulatorProject p = emulator.defaultProject();
    String uid = emulator.createUser(p);
    amba.asUser(uid).users().me();
    RecordedRequest r = last(emulator, "/v1/client/users/me");
    assertThat(header(r, "X-Api-Key")).isEqualTo(p.clientKey());
    assertThat(header(r, "Authorization")).isEqualTo("Bearer " + p.serverKey());
    assertThat(header(r, "X-Amba-On-Behalf-Of")).isEqualTo(uid);
    assertThat(header(r, "X-SDK-Version")).isEqualTo("amba-java/" + AmbaClient.SDK_VERSION);
  }

  @Test
  void adminCalls_sendOnlyTheServerBearer(AmbaEmulator emulator, AmbaClient amba) {
    String uid = emulator.createUser(emulator.defaultProject());
    assertThat(amba.users().get(uid).id()).isEqualTo(uid);
    RecordedRequest r = last(emulator, "/v1/admin/projects/");
    assertThat(r.path()).startsWith("/v1/admin/projects/" + emulator.defaultProject().projectId() + "/users/" + uid);
    assertThat(header(r, "Authorization")).isEqualTo("Bearer " + emulator.defaultProject().serverKey());
    assertThat(header(r, "X-Amba-On-Behalf-Of")).isNull();
  }

  @Test
  void asUser_sendsNothing(AmbaEmulator emulator, AmbaClient amba) {
    emulator.clearRecordedRequests();
    AmbaUser user = amba.asUser("whoever_1");
    assertThat(user.uid()).isEqualTo("whoever_1");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void twoUsers_seeOnlyTheirOwnProfiles(AmbaEmulator emulator, AmbaClient amba) {
    String a = amba.auth().signInAnonymously().user().id();
    String b = amba.auth().signInAnonymously().user().id();
    amba.asUser(a).users().update(ProfileUpdate.create().displayName("Alice").properties(Map.of("plan", "pro")));
    amba.asUser(b).users().update(ProfileUpdate.create().displayName("Bob"));
    AppUser meA = amba.asUser(a).users().me();
    AppUser meB = amba.asUser(b).users().me();
    assertThat(meA.id()).isEqualTo(a);
    assertThat(meA.displayName()).isEqualTo("Alice");
    assertThat(meA.properties()).containsEntry("plan", "pro");
    assertThat(meB.id()).isEqualTo(b);
    assertThat(meB.displayName()).isEqualTo("Bob");
    assertThat(meB.properties()).doesNotContainKey("plan");
  }

  @Test
  void unknownUid_is404UserNotFound(AmbaClient amba) {
    assertThatThrownBy(() -> amba.asUser("no_such_user").users().me())
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.code()).isEqualTo("user_not_found");
          assertThat(e.requestId()).isNotBlank();
          assertThat(e.getMessage()).contains(e.requestId());
        });
  }

  @Test
  void uidOfAnotherProject_is403(AmbaEmulator emulator, AmbaClient amba) {
    String foreign = emulator.createUser(emulator.createProject());
    assertThatThrownBy(() -> amba.asUser(foreign).events().track("x_happened"))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.code()).isEqualTo("project_mismatch");
        });
  }

  @Test
  void badUids_areRefusedBeforeSending(AmbaEmulator emulator, AmbaClient amba) {
    emulator.clearRecordedRequests();
    for (String bad : List.of("", " ", "a b", "x".repeat(129), "x".repeat(10 * 1024), "a\r\nb", "../etc", "é")) {
      assertThatThrownBy(() -> amba.asUser(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void clientWithoutServerKey_canStillDoClientKeyCalls(AmbaEmulator emulator) {
    AmbaConfig noServerKey = AmbaConfig.builder().projectId(emulator.defaultProject().projectId())
        .clientKey(emulator.defaultProject().clientKey()).apiUrl(emulator.apiUrl()).build();
    try (AmbaClient amba = AmbaClient.configure(noServerKey)) {
      AuthSession s = amba.auth().signInAnonymously();
      assertThat(s.user().id()).isNotBlank();
      assertThatThrownBy(() -> amba.asUser(s.user().id())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("AMBA_SERVER_KEY");
    }
  }

  @Test
  void wrongServerKey_is401(AmbaEmulator emulator) {
    AmbaConfig wrong = emulator.config().toBuilder().serverKey("amb_dev_sk_not_a_real_key_000000").build();
    try (AmbaClient amba = AmbaClient.configure(wrong)) {
      String uid = amba.auth().signInAnonymously().user().id();
      assertThatThrownBy(() -> amba.asUser(uid).users().me())
          .isInstanceOfSatisfying(AmbaAuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    }
  }

  @Test
  void emailSignup_errorsArrivePerCode(AmbaClient amba) {
    String email = "ada" + System.nanoTime() + "@example.com";
    AuthSession s = amba.auth().signUpWithEmail(email, "correct horse");
    assertThat(s.user().email()).isEqualTo(email);
    assertThat(amba.auth().signInWithEmail(email, "correct horse").user().id()).isEqualTo(s.user().id());
    assertThatThrownBy(() -> amba.auth().signUpWithEmail(email, "correct horse"))
        .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.code()).isEqualTo("user_exists"));
    assertThatThrownBy(() -> amba.auth().signUpWithEmail("b" + email, "short"))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("weak_password"));
    assertThatThrownBy(() -> amba.auth().signInWithEmail(email, "wrong password"))
        .isInstanceOfSatisfying(AmbaAuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
  }

  @Test
  void adminList_pagesThroughEveryUser(AmbaEmulator emulator, AmbaClient amba) {
    EmulatorProject p = emulator.createProject();
    try (AmbaClient other = AmbaClient.configure(emulator.config(p))) {
      List<String> made = new java.util.ArrayList<>();
      for (int i = 0; i < 7; i++) {
        made.add(emulator.createUser(p));
      }
      assertThat(other.users().list(UserQuery.all().limit(3)).total()).isEqualTo(7);
      List<String> seen = other.users().listAll(UserQuery.all().limit(3)).map(AppUser::id).collect(Collectors.toList());
      assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
    }
  }

  @Test
  void documentedErrorForm_isParsed(AmbaEmulator emulator, AmbaClient amba) {
    emulator.faults().failNext(1, 404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"User not found\",\"details\":{}}}",
        Map.of("Content-Type", "application/json"));
    assertThatThrownBy(() -> amba.users().get("someone"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("NOT_FOUND");
          assertThat(e.serverMessage()).isEqualTo("User not found");
        });
  }

  @Test
  void typedErrorForm_isParsed(AmbaClient amba) {
    assertThatThrownBy(() -> amba.users().get("nobody_here"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("not_found");
          assertThat(e.requestId()).isNotBlank();
        });
  }

  @Test
  void emulatorCode_matchesTheDocumentedSpellingThroughHasCode(AmbaClient amba) {
    assertThatThrownBy(() -> amba.users().get("nobody_here"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.hasCode("NOT_FOUND")).isTrue();
          assertThat(e.hasCode("not_found")).isTrue();
          assertThat(e.hasCode("user_not_found")).isFalse();
        });
  }

  private static AmbaClient clientWithSleeper(AmbaEmulator emulator, List<Duration> sleeps) {
    return AmbaClient.configure(emulator.config().toBuilder().sleeper(sleeps::add).build());
  }

  @Test
  void a503_isRetriedThenSucceeds_withTheSameRequestId(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = clientWithSleeper(emulator, sleeps)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().failNext(2, 503);
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      List<RecordedRequest> sent = emulator.recordedRequests();
      assertThat(sent).hasSize(3);
      assertThat(sent.stream().map(r -> header(r, "X-Request-Id")).distinct()).hasSize(1);
      assertThat(sleeps).hasSize(2);
    }
  }

  @Test
  void trackedEvent_isRetriedOn503AndStoredOnce(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = clientWithSleeper(emulator, sleeps)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().failNext(1, 503);
      assertThat(amba.asUser(uid).events().track("order_placed", Map.of("amount", 12)).tracked()).isEqualTo(1);
      List<RecordedRequest> posts = emulator.recordedRequests().stream().filter(r -> r.path().equals("/v1/client/events")).toList();
      assertThat(posts).hasSize(2);
      assertThat(posts.get(0).body()).isEqualTo(posts.get(1).body()).contains("\"event_id\"");
    }
  }

  @Test
  void a400_isNotRetried(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = clientWithSleeper(emulator, sleeps)) {
      emulator.clearRecordedRequests();
      emulator.faults().failNext(1, 400);
      assertThatThrownBy(() -> amba.users().get("u_1")).isInstanceOf(AmbaBadRequestException.class);
      assertThat(emulator.recordedRequests()).hasSize(1);
      assertThat(sleeps).isEmpty();
    }
  }

  @Test
  void retryAfter_isHonouredAndCapped(AmbaEmulator emulator) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (AmbaClient amba = clientWithSleeper(emulator, sleeps)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().failNext(1, 429, "{\"error\":{\"kind\":\"rate_limit\",\"code\":\"rate_limited\",\"status\":429,"
          + "\"message\":\"slow down\",\"details\":{\"retry_after_seconds\":1}}}", Map.of("Retry-After", "4"));
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThat(sleeps).containsExactly(Duration.ofSeconds(4));

      sleeps.clear();
      emulator.faults().failNext(1, 429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"later\"}}", Map.of("Retry-After", "3600"));
      assertThatThrownBy(() -> amba.users().get(uid))
          .isInstanceOfSatisfying(AmbaRateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
      assertThat(sleeps).isEmpty();
    }
  }

  @Test
  void slowServer_givesTransportTimeout(AmbaEmulator emulator) {
    AmbaConfig fast = emulator.config().toBuilder().requestTimeout(Duration.ofMillis(300))
        .retryPolicy(RetryPolicy.none()).build();
    try (AmbaClient amba = AmbaClient.configure(fast)) {
      emulator.faults().delayNext(1, Duration.ofSeconds(5));
      assertThatThrownBy(() -> amba.users().list(UserQuery.all()))
          .isInstanceOfSatisfying(AmbaTransportException.class, e -> {
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("timed out").contains(e.requestId());
          });
    }
  }

  @Test
  void perCallTimeout_overridesTheConfiguredOne(AmbaEmulator emulator, AmbaClient amba) {
    emulator.faults().delayNext(1, Duration.ofSeconds(5));
    AmbaClient impatient = amba.withOptions(RequestOptions.timeout(Duration.ofMillis(200)).withRetryPolicy(RetryPolicy.none()));
    assertThatThrownBy(() -> impatient.users().list(UserQuery.all())).isInstanceOf(AmbaTransportException.class);
  }

  @Test
  void twoClients_forTwoProjects_keepTheirOwnKeysAndData(AmbaEmulator emulator) {
    EmulatorProject p2 = emulator.createProject();
    try (AmbaClient one = AmbaClient.configure(emulator.config());
        AmbaClient two = AmbaClient.configure(emulator.config(p2))) {
      String u1 = one.auth().signInAnonymously().user().id();
      String u2 = two.auth().signInAnonymously().user().id();
      emulator.clearRecordedRequests();
      assertThat(one.users().get(u1).id()).isEqualTo(u1);
      assertThat(two.users().get(u2).id()).isEqualTo(u2);
      assertThatThrownBy(() -> one.users().get(u2)).isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> two.asUser(u1).users().me()).isInstanceOf(AmbaPermissionException.class);
      for (RecordedRequest r : emulator.recordedRequests()) {
        String auth = header(r, "Authorization");
        boolean forTwo = r.path().contains(p2.projectId()) || p2.clientKey().equals(header(r, "X-Api-Key"));
        assertThat(auth).isEqualTo("Bearer " + (forTwo ? p2.serverKey() : emulator.defaultProject().serverKey()));
      }
      assertThat(one.settings().projectId()).isNotEqualTo(two.settings().projectId());
    }
  }
}
