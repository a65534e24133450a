package dev.amba.micrometer;

import dev.amba.AmbaListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Makes one Micrometer {@link Observation} per Amba call: register it with
 * {@code AmbaConfig.builder().listener(AmbaObservations.of(observationRegistry))}. What becomes of
 * the observations is up to the registry's handlers: a meter handler records a timer named
 * {@value DefaultAmbaObservationConvention#NAME}, a tracing handler opens a client span whose context
 * it propagates (W3C {@code traceparent} with the OpenTelemetry or Brave bridge) on every attempt.
 *
 * <p>Each attempt that is followed by a retry is an {@linkplain Observation#event event} named
 * {@value #RETRY_EVENT}. A failed call is marked with {@link Observation#error} by a {@link
 * CallFailed}, whose message is the type of the exception the call threw (the exception itself is
 * never handed to a listener: its message names the call's path, which may hold ids).
 *
 * <p>With an observation registry that has no handler, this costs a call one no-op observation.
 */
public final class AmbaObservations implements AmbaListener {

  /** The name of the event told for an attempt followed by a retry. */
  public static final String RETRY_EVENT = "amba.retry";

  private static final Observation.Event RETRY = Observation.Event.of(RETRY_EVENT, "the attempt is retried");

  private final ObservationRegistry registry;
  private final AmbaObservationConvention convention;

  private AmbaObservations(ObservationRegistry registry, AmbaObservationConvention convention) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.convention = convention;
  }

  /**
   * Observes every call in {@code registry}, named by {@link DefaultAmbaObservationConvention} unless
   * the registry has a global convention for {@link AmbaObservationContext}.
   *
   * @param registry where the observations are made
   * @return a listener to register with {@code AmbaConfig.Builder.listener}
   * @throws NullPointerException when {@code registry} is null
   */
  public static AmbaObservations of(ObservationRegistry registry) {
    return new AmbaObservations(registry, null);
  }

  /**
   * Observes every call in {@code registry}, named by {@code convention}.
   *
   * @param registry where the observations are made
   * @param convention the names and key values to use instead of the default ones
   * @return a listener to register with {@code AmbaConfig.Builder.listener}
   * @throws NullPointerException when either is null
   */
  public static AmbaObservations of(ObservationRegistry registry, AmbaObservationConvention convention) {
    return new AmbaObservations(registry, Objects.requireNonNull(convention, "convention"));
  }

  @Override
  public AmbaListener onStart(Start start, HeaderSink headers) {
    AmbaObservationContext context = new AmbaObservationContext(start, headers);
    Observation observation = Observation.createNotStarted(convention, DefaultAmbaObservationConvention.INSTANCE,
        () -> context, registry).start();
    return new OneCall(observation, context);
  }

  /** The observation of one call, told of its attempts and its end. */
  private static final class OneCall implements AmbaListener {
    private final Observation observation;
    private final AmbaObservationContext context;

    OneCall(Observation observation, AmbaObservationContext context) {
      this.observation = observation;
      this.context = context;
    }

    @Override
    public void onAttempt(Attempt attempt) {
      context.attempted(attempt);
      if (attempt.retryReason().isPresent()) {
        observation.event(RETRY);
      }
    }

    @Override
    public void onCall(Call call) {
      context.setResponse(call);
      call.errorType().ifPresent(type -> observation.error(new CallFailed(type)));
      observation.stop();
    }
  }

  /**
   * Marks a failed call's observation; it carries only the type of the exception the call threw.
   */
  public static final class CallFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CallFailed(String exceptionType) {
      super(exceptionType, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "AmbaObservations";
  }
}
