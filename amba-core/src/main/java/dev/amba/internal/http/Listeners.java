package dev.amba.internal.http;

import dev.amba.AmbaListener;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.util.Log;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client's registered {@link AmbaListener}s, in order. A client without any holds none of these
 * (see {@link #of}), so a call pays one null check and allocates nothing for observation.
 */
public final class Listeners {

  /** What an external (presigned) call is named by: its URL's path may hold ids or a signature. */
  public static final String EXTERNAL = "external";

  private final AmbaListener[] listeners;
  private final AtomicBoolean[] failureLogged;

  private Listeners(List<AmbaListener> listeners) {
    this.listeners = listeners.toArray(new AmbaListener[0]);
    this.failureLogged = new AtomicBoolean[this.listeners.length];
    for (int i = 0; i < failureLogged.length; i++) {
      failureLogged[i] = new AtomicBoolean();
    }
  }

  /** Null for no listeners, so the hot path tests a field rather than iterating an empty list. */
  public static Listeners of(List<AmbaListener> listeners) {
    return listeners.isEmpty() ? null : new Listeners(listeners);
  }

  /** Starts observing one call; {@code sentRequestId} is the id on its every attempt. */
  public Observation start(String operation, String method, String route, String sentRequestId) {
    return new Observation(new Name(operation, method, route), sentRequestId);
  }

  private void tell(java.util.function.Consumer<AmbaListener> event, String callback) {
    for (int i = 0; i < listeners.length; i++) {
      try {
        event.accept(listeners[i]);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        // The call already happened; a broken listener must not turn it into a failure. Only the
        // types are logged: the message may quote whatever the listener was handling.
        if (failureLogged[i].compareAndSet(false, true)) {
          String listener = listeners[i].getClass().getName();
          Log.LOG.log(Level.DEBUG, () -> "AmbaListener " + listener + " threw " + t.getClass().getName() + " from "
              + callback + "; ignored, and not logged again for this listener");
        }
      }
    }
  }

  private record Name(String operation, String method, String route) {}

  /** One call being observed. Not shared between threads. */
  public final class Observation {
    private final Name name;
    private final String sentRequestId;
    private final long started = System.nanoTime();
    private int attempts;

    private Observation(Name name, String sentRequestId) {
      this.name = name;
      this.sentRequestId = sentRequestId;
    }

    /**
     * One attempt ended: with {@code result}, or with {@code failure} when no answer came.
     *
     * @param retrying whether another attempt follows
     */
    void attempt(int number, long attemptStarted, HttpResult result, IOException failure, boolean retrying) {
      attempts = Math.max(attempts, number);
      Duration took = Duration.ofNanos(System.nanoTime() - attemptStarted);
      Optional<String> reason = !retrying ? Optional.empty()
          : Optional.of(result != null ? "status " + result.status() : failure.getClass().getSimpleName());
      AmbaListener.Attempt event = new AmbaListener.Attempt(name.operation(), name.method(), name.route(), number,
          result == null ? 0 : result.status(), reason, took, answerRequestId(result),
          failure == null ? Optional.empty() : Optional.of(failure.getClass().getSimpleName()));
      tell(l -> l.onAttempt(event), "onAttempt");
    }

    /** The call ended with {@code result} (null if none came) and, unless it succeeded, {@code error}. */
    public void ended(HttpResult result, Throwable error) {
      AmbaListener.Call event = new AmbaListener.Call(name.operation(), name.method(), name.route(), result == null ? 0 : result.status(),
          Math.max(attempts, 1), Duration.ofNanos(System.nanoTime() - started), answerRequestId(result),
          error == null ? Optional.empty() : Optional.of(error.getClass().getSimpleName()));
      tell(l -> l.onCall(event), "onCall");
    }

    private String answerRequestId(HttpResult result) {
      return result == null ? sentRequestId : result.headers().firstValue(Headers.REQUEST_ID).orElse(sentRequestId);
    }
  }
}
