package dev.amba.internal.http;

import dev.amba.AmbaListener;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.util.Log;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** Whether any listener overrides {@link AmbaListener#onStart}: if none does, a call builds no Start. */
  private final boolean anyStarts;
  private final String apiHost;
  private final int apiPort;

  private Listeners(List<AmbaListener> listeners, URI apiUrl) {
    this.listeners = listeners.toArray(new AmbaListener[0]);
    this.failureLogged = new AtomicBoolean[this.listeners.length];
    boolean starts = false;
    for (int i = 0; i < failureLogged.length; i++) {
      failureLogged[i] = new AtomicBoolean();
      starts |= overridesOnStart(this.listeners[i]);
    }
    this.anyStarts = starts;
    this.apiHost = apiUrl.getHost();
    this.apiPort = port(apiUrl);
  }

  /** Null for no listeners, so the hot path tests a field rather than iterating an empty list. */
  public static Listeners of(List<AmbaListener> listeners, URI apiUrl) {
    return listeners.isEmpty() ? null : new Listeners(listeners, apiUrl);
  }

  private static boolean overridesOnStart(AmbaListener listener) {
    try {
      return listener.getClass().getMethod("onStart", AmbaListener.Start.class, AmbaListener.HeaderSink.class)
          .getDeclaringClass() != AmbaListener.class;
    } catch (NoSuchMethodException | SecurityException cannotTell) {
      return true;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  /**
   * Starts observing one API call; {@code sentRequestId} is the id on its every attempt. What the
   * listeners add to its requests is read with {@link Observation#headers}.
   */
  public Observation start(String operation, String method, String route, String sentRequestId) {
    return start(new Name(operation, method, route), sentRequestId, apiHost, apiPort, true);
  }

  /** Starts observing a call to another host (a presigned URL): its listeners may add no header. */
  public Observation startExternal(String method, URI target, String sentRequestId) {
    return start(new Name(EXTERNAL, method, EXTERNAL), sentRequestId, target.getHost(), port(target), false);
  }

  private Observation start(Name name, String sentRequestId, String host, int port, boolean mayAddHeaders) {
    if (!anyStarts) {
      return new Observation(name, sentRequestId, listeners, Map.of());
    }
    AmbaListener.Start start = new AmbaListener.Start(name.operation(), name.method(), name.route(), sentRequestId,
        host == null ? "" : host, port);
    Map<String, String> added = new LinkedHashMap<>();
    AmbaListener.HeaderSink sink = mayAddHeaders ? (n, v) -> added.put(PropagatedHeaders.check(n, v), v) : (n, v) -> {
      PropagatedHeaders.check(n, v);
    };
    AmbaListener[] told = listeners.clone();
    for (int i = 0; i < told.length; i++) {
      try {
        AmbaListener perCall = listeners[i].onStart(start, sink);
        if (perCall != null) {
          told[i] = perCall;
        }
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        ignored(i, "onStart", t);
      }
    }
    return new Observation(name, sentRequestId, told, added.isEmpty() ? Map.of() : Map.copyOf(added));
  }

  /**
   * Tells each of {@code told} of {@code attempt}, or else of {@code call}. A plain loop rather than
   * a lambda per event, so telling a listener allocates nothing beyond the event itself.
   */
  private void tell(AmbaListener[] told, AmbaListener.Attempt attempt, AmbaListener.Call call) {
    for (int i = 0; i < told.length; i++) {
      try {
        if (attempt != null) {
          told[i].onAttempt(attempt);
        } else {
          told[i].onCall(call);
        }
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        ignored(i, attempt != null ? "onAttempt" : "onCall", t);
      }
    }
  }

  private void ignored(int i, String callback, Throwable t) {
    // The call already happened (or is about to); a broken listener must not turn it into a
    // failure. Only the types are logged: the message may quote whatever the listener was handling.
    if (failureLogged[i].compareAndSet(false, true)) {
      String listener = listeners[i].getClass().getName();
      Log.LOG.log(Level.DEBUG, () -> "AmbaListener " + listener + " threw " + t.getClass().getName() + " from "
          + callback + "; ignored, and not logged again for this listener");
    }
  }

  private record Name(String operation, String method, String route) {}

  /** One call being observed. Not shared between threads. */
  public final class Observation {
    private final Name name;
    private final String sentRequestId;
    /** Whom to tell of this call: the listeners, or what their onStart returned for it. */
    private final AmbaListener[] told;
    private final Map<String, String> addedHeaders;
    private final long started = System.nanoTime();
    private int attempts;

    private Observation(Name name, String sentRequestId, AmbaListener[] told, Map<String, String> addedHeaders) {
      this.name = name;
      this.sentRequestId = sentRequestId;
      this.told = told;
      this.addedHeaders = addedHeaders;
    }

    /** {@code headers} with what the listeners added for this call; {@code headers} itself if nothing. */
    public Map<String, String> headers(Map<String, String> headers) {
      if (addedHeaders.isEmpty()) {
        return headers;
      }
      Map<String, String> all = new LinkedHashMap<>(addedHeaders);
      // The call's own headers (a conditional request's If-None-Match) win over a listener's.
      all.putAll(headers);
      return all;
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
      tell(told, event, null);
    }

    /** The call ended with {@code result} (null if none came) and, unless it succeeded, {@code error}. */
    public void ended(HttpResult result, Throwable error) {
      AmbaListener.Call event = new AmbaListener.Call(name.operation(), name.method(), name.route(), result == null ? 0 : result.status(),
          Math.max(attempts, 1), Duration.ofNanos(System.nanoTime() - started), answerRequestId(result),
          error == null ? Optional.empty() : Optional.of(error.getClass().getSimpleName()));
      tell(told, null, event);
    }

    private String answerRequestId(HttpResult result) {
      return result == null ? sentRequestId : result.headers().firstValue(Headers.REQUEST_ID).orElse(sentRequestId);
    }
  }
}
