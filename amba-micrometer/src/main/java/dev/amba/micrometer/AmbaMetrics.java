package dev.amba.micrometer;

import dev.amba.AmbaListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.util.Objects;

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

  /**
   * Records into {@code registry}.
   *
   * @param registry where the meters are registered
   * @throws NullPointerException when {@code registry} is null
   */
  public AmbaMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
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
    attempt.retryReason().ifPresent(reason -> Counter.builder(RETRIES)
        .description("Attempts of Amba API calls that were followed by a retry")
        .tags(Tags.of("operation", attempt.operation(), "method", attempt.method(), "route", attempt.route(),
            "reason", reason))
        .register(registry)
        .increment());
  }

  @Override
  public void onCall(Call call) {
    Timer.builder(CALLS)
        .description("Amba API calls, each with all its attempts and the waits between them")
        .tags(Tags.of(
            "operation", call.operation(),
            "method", call.method(),
            "route", call.route(),
            "status", Integer.toString(call.status()),
            "outcome", outcome(call.status()),
            "error", call.errorType().orElse("none")))
        .register(registry)
        .record(call.duration());
  }

  static String outcome(int status) {
    return status == 0 ? Outcome.UNKNOWN.name() : Outcome.forStatus(status).name();
  }

  @Override
  public String toString() {
    return "AmbaMetrics";
  }
}
