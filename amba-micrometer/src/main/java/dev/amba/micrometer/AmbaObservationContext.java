package dev.amba.micrometer;

import dev.amba.AmbaListener;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What an {@code Observation} of one Amba call knows: the call as it starts ({@link #start()}), its
 * attempts so far ({@link #attempts()}) and, once it ended, the call itself ({@link #getResponse()}).
 * The carrier is the call's {@link AmbaListener.HeaderSink}: a tracing handler that propagates
 * (such as Micrometer Tracing's {@code PropagatingSenderTracingObservationHandler}) writes
 * {@code traceparent} through it onto every attempt of the call.
 */
public final class AmbaObservationContext
    extends RequestReplySenderContext<AmbaListener.HeaderSink, AmbaListener.Call> {

  private final AmbaListener.Start start;
  private final List<AmbaListener.Attempt> attempts = new ArrayList<>(1);

  /**
   * The context of the call {@code start} describes.
   *
   * @param start the call, as it starts
   * @param headers where propagated headers go
   * @throws NullPointerException when either is null
   */
  public AmbaObservationContext(AmbaListener.Start start, AmbaListener.HeaderSink headers) {
    super((carrier, name, value) -> {
      if (carrier != null) {
        carrier.put(name, value);
      }
    });
    this.start = Objects.requireNonNull(start, "start");
    setCarrier(Objects.requireNonNull(headers, "headers"));
    setRemoteServiceName("amba");
  }

  /**
   * The call, as it starts.
   *
   * @return the operation, method, route template, request id and server of the call
   */
  public AmbaListener.Start start() {
    return start;
  }

  /**
   * The attempts made so far, in order.
   *
   * @return an unmodifiable view; it grows while the call runs
   */
  public List<AmbaListener.Attempt> attempts() {
    return Collections.unmodifiableList(attempts);
  }

  void attempted(AmbaListener.Attempt attempt) {
    attempts.add(attempt);
  }
}
