package dev.amba.micrometer;

import dev.amba.AmbaListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the Amba client's calls in a Micrometer {@link MeterRegistry}: register it with
 * {@code AmbaConfig.builder().listener(AmbaMetrics.of(registry))}.
 *
 * <p>Two meters:
 * <ul>
 *   <li>{@value #CALLS}, a {@link Timer} with one sample per call (not per attempt: a retried call is
 *       one sample, its waits included), tagged {@code operation} (e.g. {@code admin.users.get}),
 *       {@code method}, {@code route} (the route template, e.g.
 *       {@code /v1/admin/projects/{projectId}/users/{userId}}), {@code status} ({@code 0} when no
 *       answer came), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR},
 *       {@code REDIRECTION}, {@code INFORMATIONAL}, or {@code UNKNOWN} without an answer) and
 *       {@code error} (the exception's simple name, e.g. {@code AmbaNotFoundException}, or
 *       {@code none});</li>
 *   <li>{@value #RETRIES}, a {@link Counter} of attempts that were followed by another, tagged
 *       {@code operation}, {@code method}, {@code route} and {@code reason} (e.g. {@code status 503},
 *       {@code ConnectException}).</li>
 * </ul>
 *
 * <p>No tag holds a key, a user id, a path argument, a query or a body: calls are named by their
 * operation and route template only, so the number of series is bounded by the SDK's endpoints.
 */
public final class AmbaMetrics implements AmbaListener {

  /** The name of the call timer. */
  public static final String CALLS = "amba.client.calls";

  /** The name of the retry counter. */
  public static final String RETRIES = "amba.client.retries";

  private final MeterRegistry registry;
  // Each series is looked up in the registry once, then kept here: a lookup builds an id, sorts its
  // tags and hashes them, which would cost more than the rest of the listener. The keys are bounded
  // by the endpoint table (operation x status x error type). A meter the registry removes is dropped
  // here too, so it is registered afresh when it is next needed.
  private final ConcurrentHashMap<CallKey, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RetryKey, Counter> counters = new ConcurrentHashMap<>();

  private record CallKey(String operation, String method, String route, int status, String error) {}

  private record RetryKey(String operation, String method, String route, String reason) {}

  /**
   * Records into {@code registry}.
   *
   * @param registry where the meters are registered
   * @throws NullPointerException when {@code registry} is null
   */
  public AmbaMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    registry.config().onMeterRemoved(meter -> {
      timers.values().remove(meter);
      counters.values().remove(meter);
    });
  }

  /**
   * Records into {@code registry}; the same as the constructor.
   *
   * @param registry where the meters are registered
   * @return a listener to register with {@code AmbaConfig.Builder.listener}
   * @throws NullPointerException when {@code registry} is null
   */
  public static AmbaMetrics of(MeterRegistry registry) {
    return new AmbaMetrics(registry);
  }

  @Override
  public void onAttempt(Attempt attempt) {
    if (attempt.retryReason().isEmpty()) {
      return;
    }
    RetryKey key = new RetryKey(attempt.operation(), attempt.method(), attempt.route(), attempt.retryReason().get());
    Counter counter = counters.get(key);
    if (counter == null) {
      counter = counters.computeIfAbsent(key, k -> Counter.builder(RETRIES)
          .description("Attempts of Amba API calls that were followed by a retry")
          .tags(Tags.of("operation", k.operation(), "method", k.method(), "route", k.route(), "reason", k.reason()))
          .register(registry));
    }
    counter.increment();
  }

  @Override
  public void onCall(Call call) {
    CallKey key = new CallKey(call.operation(), call.method(), call.route(), call.status(),
        call.errorType().orElse("none"));
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, k -> Timer.builder(CALLS)
          .description("Amba API calls, each with all its attempts and the waits between them")
          .tags(Tags.of(
              "operation", k.operation(),
              "method", k.method(),
              "route", k.route(),
              "status", Integer.toString(k.status()),
              "outcome", outcome(k.status()),
              "error", k.error()))
          .register(registry));
    }
    timer.record(call.duration());
  }

  static String outcome(int status) {
    return status == 0 ? Outcome.UNKNOWN.name() : Outcome.forStatus(status).name();
  }

  @Override
  public String toString() {
    return "AmbaMetrics";
  }
}
