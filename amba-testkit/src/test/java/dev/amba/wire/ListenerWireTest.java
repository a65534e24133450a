package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaListener;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaTransportException;
import dev.amba.AmbaUser;
import dev.amba.RequestOptions;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.Fault;
import dev.amba.users.ProfileUpdate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AmbaListener} over the wire: what it is told of calls and attempts, and what it is never told. */
@ExtendWith(AmbaEmulatorExtension.class)
class ListenerWireTest {

  @RegisterExtension
  final CapturedLog log = CapturedLog.of("dev.amba", Level.ALL);

  /** A fresh one per test, as JUnit makes a fresh instance per test. */
  final Recorder recorder = new Recorder();

  private static final String USER_ROUTE = "/v1/admin/projects/{projectId}/users/{userId}";

  /** Keeps every event, in order. */
  static final class Recorder implements AmbaListener {
    final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(Attempt attempt) {
      attempts.add(attempt);
    }

    @Override
    public void onCall(Call call) {
      calls.add(call);
    }

    /** Everything told, as one text, to search for what must not be there. */
    String told() {
      return attempts + " " + calls;
    }
  }

  private static AmbaClient client(AmbaEmulator emulator, AmbaListener... listeners) {
    AmbaConfig.Builder b = emulator.config().toBuilder().sleeper(wait -> {});
    for (AmbaListener l : listeners) {
      b.listener(l);
    }
    return AmbaClient.configure(b.build());
  }

  /** Neither a key, nor the project, nor the user, nor the row: the route template names the call. */
  private void assertNothingPrivate(AmbaEmulator emulator, String uid) {
    AmbaConfig config = emulator.config();
    assertThat(recorder.told()).doesNotContain(uid, config.clientKey(), config.serverKey().orElseThrow(),
        "/projects/" + config.projectId());
  }

  @Test
  void aSuccessfulCall_isNamedByOperationAndTemplate_withTheAnswersRequestId(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);

      String sent = emulator.recordedRequests().get(0).header("X-Request-Id");
      AmbaListener.Call call = recorder.calls.get(0);
      assertThat(recorder.calls).hasSize(1);
      assertThat(call.operation()).isEqualTo("admin.users.get");
      assertThat(call.method()).isEqualTo("GET");
      assertThat(call.route()).isEqualTo(USER_ROUTE);
      assertThat(call.status()).isEqualTo(200);
      assertThat(call.attempts()).isEqualTo(1);
      assertThat(call.requestId()).isNotBlank().isEqualTo(sent);
      assertThat(call.errorType()).isEmpty();
      assertThat(call.succeeded()).isTrue();
      assertThat(call.duration().isNegative()).isFalse();

      assertThat(recorder.attempts).singleElement().satisfies(a -> {
        assertThat(a.operation()).isEqualTo("admin.users.get");
        assertThat(a.route()).isEqualTo(USER_ROUTE);
        assertThat(a.number()).isEqualTo(1);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.retryReason()).isEmpty();
        assertThat(a.errorType()).isEmpty();
        assertThat(a.requestId()).isEqualTo(sent);
      });
      assertNothingPrivate(emulator, uid);
    }
  }

  @Test
  void aRetriedCall_showsTwoAttempts_theFirstWithItsRetryReason(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.faults().next(1, Fault.status(503));
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);

      assertThat(recorder.attempts).extracting(AmbaListener.Attempt::number, AmbaListener.Attempt::status,
              AmbaListener.Attempt::retryReason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, 503, Optional.of("status 503")),
              org.assertj.core.groups.Tuple.tuple(2, 200, Optional.empty()));
      // One logical call: the same request id on both attempts.
      assertThat(recorder.attempts.get(0).requestId()).isEqualTo(recorder.attempts.get(1).requestId());
      assertThat(recorder.calls).singleElement().satisfies(c -> {
        assertThat(c.attempts()).isEqualTo(2);
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.succeeded()).isTrue();
      });
      assertNothingPrivate(emulator, uid);
    }
  }

  @Test
  void aFailedCall_namesTheExceptionType(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, recorder)) {
      assertThatThrownBy(() -> amba.users().get("u_nobody_here")).isInstanceOf(AmbaNotFoundException.class);

      assertThat(recorder.calls).singleElement().satisfies(c -> {
        assertThat(c.status()).isEqualTo(404);
        assertThat(c.errorType()).contains("AmbaNotFoundException");
        assertThat(c.succeeded()).isFalse();
      });
      // An error answer is an answer: the attempt has a status and no I/O error.
      assertThat(recorder.attempts).singleElement().satisfies(a -> {
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.errorType()).isEmpty();
      });
      assertNothingPrivate(emulator, "u_nobody_here");
    }
  }

  @Test
  void aCallWithoutAnswer_hasStatusZero_andTheIoFailureOnTheAttempt(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      AmbaUser user = amba.asUser(uid);
      emulator.faults().next(1, Fault.resetAfterHandling());
      assertThatThrownBy(() -> user.users().update(ProfileUpdate.create().displayName("Secret Name")))
          .isInstanceOf(AmbaTransportException.class);

      assertThat(recorder.calls).singleElement().satisfies(c -> {
        assertThat(c.operation()).isEqualTo("users.me.update");
        assertThat(c.route()).isEqualTo("/v1/client/users/me");
        assertThat(c.status()).isZero();
        assertThat(c.errorType()).contains("AmbaTransportException");
      });
      assertThat(recorder.attempts).singleElement().satisfies(a -> {
        assertThat(a.status()).isZero();
        assertThat(a.errorType()).isPresent();
        assertThat(a.retryReason()).isEmpty();
      });
      assertNothingPrivate(emulator, uid);
      assertThat(recorder.told()).doesNotContain("Secret Name");
    }
  }

  @Test
  void theCallersRequestId_isSent_andToldBack(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      amba.withOptions(RequestOptions.none().withRequestId("checkout-7f3a")).users().get(uid);

      assertThat(emulator.recordedRequests()).extracting(r -> r.header("X-Request-Id"))
          .containsExactly("checkout-7f3a", "checkout-7f3a");
      assertThat(recorder.attempts).extracting(AmbaListener.Attempt::requestId)
          .containsExactly("checkout-7f3a", "checkout-7f3a");
      assertThat(recorder.calls).extracting(AmbaListener.Call::requestId).containsExactly("checkout-7f3a");
    }
  }

  @Test
  void aThrowingListener_neitherBreaksTheCall_norSilencesTheNext_andIsLoggedOnce(AmbaEmulator emulator) {
    AmbaListener broken = new AmbaListener() {
      @Override
      public void onAttempt(Attempt attempt) {
        throw new IllegalStateException("listener secret sk_do_not_log");
      }

      @Override
      public void onCall(Call call) {
        throw new IllegalStateException("listener secret sk_do_not_log");
      }
    };
    try (AmbaClient amba = client(emulator, broken, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThatThrownBy(() -> amba.users().get("u_nobody_here")).isInstanceOf(AmbaNotFoundException.class);

      assertThat(recorder.calls).hasSize(2);
      assertThat(recorder.attempts).hasSize(2);
      List<String> about = log.lines().stream().filter(l -> l.contains("AmbaListener")).toList();
      assertThat(about).singleElement().satisfies(line -> {
        assertThat(line).contains(broken.getClass().getName(), "IllegalStateException");
        assertThat(line).doesNotContain("sk_do_not_log");
      });
    }
  }

  @Test
  void theConfig_countsItsListeners_withoutShowingThem(AmbaEmulator emulator) {
    AmbaListener named = new AmbaListener() {
      @Override
      public String toString() {
        return "listener holding sk_do_not_show";
      }
    };
    AmbaConfig config = emulator.config().toBuilder().listener(named).listener(new Recorder()).build();
    assertThat(config.listeners()).hasSize(2).first().isSameAs(named);
    assertThat(config.toString()).contains("listeners=2").doesNotContain("sk_do_not_show");
    assertThat(config.toBuilder().build().listeners()).isEqualTo(config.listeners());
    assertThatThrownBy(() -> AmbaConfig.builder().listener(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("listener");
  }

  @Test
  void withoutListeners_theRetryingCallIsUnchanged(AmbaEmulator emulator) {
    try (AmbaClient amba = client(emulator)) {
      assertThat(emulator.config().listeners()).isEmpty();
      assertThat(emulator.config().toString()).doesNotContain("listeners");
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThat(emulator.recordedRequests()).hasSize(2);
    }
  }

  /** Opens a per-call "span": adds a header naming the call, and records what its call told it. */
  static final class Tracer implements AmbaListener {
    final List<Start> starts = new CopyOnWriteArrayList<>();
    final List<String> perCall = new CopyOnWriteArrayList<>();
    final List<String> refused = new CopyOnWriteArrayList<>();

    @Override
    public AmbaListener onStart(Start start, HeaderSink headers) {
      starts.add(start);
      String span = "span-" + starts.size();
      headers.put("traceparent", span);
      for (String reserved : List.of("X-Request-Id", "Authorization", "X-Api-Key", "X-Amba-On-Behalf-Of",
          "Idempotency-Key", "bad name")) {
        try {
          headers.put(reserved, "x");
        } catch (IllegalArgumentException expected) {
          refused.add(reserved);
        }
      }
      try {
        headers.put("tracestate", "vendor=1\r\nX-Api-Key: injected");
      } catch (IllegalArgumentException expected) {
        refused.add("tracestate with CRLF");
      }
      return new AmbaListener() {
        @Override
        public void onAttempt(Attempt attempt) {
          perCall.add(span + " attempt " + attempt.number());
        }

        @Override
        public void onCall(Call call) {
          perCall.add(span + " call " + call.attempts());
        }
      };
    }
  }

  @Test
  void onStart_addsItsHeadersToEveryAttemptOfThatCall_andItsPerCallListenerIsTold(AmbaEmulator emulator) {
    Tracer tracer = new Tracer();
    try (AmbaClient amba = client(emulator, tracer, recorder)) {
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      emulator.faults().next(1, Fault.status(503));
      amba.users().get(uid);
      amba.users().get(uid);

      assertThat(emulator.recordedRequests()).extracting(r -> r.header("traceparent"))
          .containsExactly("span-1", "span-1", "span-2");
      assertThat(tracer.perCall).containsExactly("span-1 attempt 1", "span-1 attempt 2", "span-1 call 2",
          "span-2 attempt 1", "span-2 call 1");
      // A listener registered beside it is told as before.
      assertThat(recorder.calls).hasSize(2);
      assertThat(tracer.refused.subList(0, 7)).containsExactly("X-Request-Id", "Authorization", "X-Api-Key",
          "X-Amba-On-Behalf-Of", "Idempotency-Key", "bad name", "tracestate with CRLF");
      assertThat(emulator.recordedRequests()).allSatisfy(r -> assertThat(r.header("tracestate")).isNull());
      // The SDK's own headers were not replaced.
      assertThat(emulator.recordedRequests()).allSatisfy(r -> assertThat(r.header("X-Request-Id")).isNotEqualTo("x"));

      AmbaListener.Start start = tracer.starts.get(0);
      assertThat(start.operation()).isEqualTo("admin.users.get");
      assertThat(start.method()).isEqualTo("GET");
      assertThat(start.route()).isEqualTo(USER_ROUTE);
      assertThat(start.requestId()).isEqualTo(emulator.recordedRequests().get(0).header("X-Request-Id"));
      assertThat(start.serverAddress()).isEqualTo(emulator.config().apiUrl().getHost());
      assertThat(start.serverPort()).isEqualTo(emulator.port());
      assertThat(tracer.starts.toString()).doesNotContain(uid);
    }
  }

  @Test
  void onStart_thatThrows_leavesTheCallAlone_andItsListenerIsToldAsItself(AmbaEmulator emulator) {
    AmbaListener broken = new AmbaListener() {
      @Override
      public AmbaListener onStart(Start start, HeaderSink headers) {
        headers.put("traceparent", "half-done");
        throw new IllegalStateException("broken tracer");
      }

      @Override
      public void onCall(Call call) {
        recorder.onCall(call);
      }
    };
    try (AmbaClient amba = client(emulator, broken)) {
      String uid = emulator.createUser(emulator.defaultProject());
      assertThat(amba.users().get(uid).id()).isEqualTo(uid);
      assertThat(recorder.calls).singleElement().satisfies(c -> assertThat(c.succeeded()).isTrue());
    }
  }

  @Test
  void aPresignedUpload_isStartedLikeAnyCall_butNeverCarriesAListenersHeaders(AmbaEmulator emulator) {
    Tracer tracer = new Tracer();
    try (AmbaClient amba = client(emulator, tracer)) {
      amba.storage().createBucket("traced");
      String uid = emulator.createUser(emulator.defaultProject());
      emulator.clearRecordedRequests();
      amba.asUser(uid).storage().upload(dev.amba.storage.UploadSpec.of("traced", "a.txt", "text/plain"),
          "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));

      assertThat(tracer.starts).extracting(AmbaListener.Start::operation).contains("external");
      List<dev.amba.testkit.RecordedRequest> sent = emulator.recordedRequests();
      assertThat(sent).filteredOn(r -> r.method().equals("PUT")).isNotEmpty()
          .allSatisfy(put -> assertThat(put.header("traceparent")).isNull());
      assertThat(sent).filteredOn(r -> r.path().startsWith("/v1/")).isNotEmpty()
          .allSatisfy(api -> assertThat(api.header("traceparent")).startsWith("span-"));
    }
  }
}
