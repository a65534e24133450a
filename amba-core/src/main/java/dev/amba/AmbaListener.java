package dev.amba;

import java.time.Duration;
import java.util.Optional;

/**
 * Observes the client's calls, for metrics and tracing, without a dependency on any metrics library.
 * Register one or more with {@link AmbaConfig.Builder#listener(AmbaListener)}; they are told in the
 * order they were registered, on the thread that made the call.
 *
 * <p>Every method does nothing unless overridden. A listener is told after the fact and cannot change
 * the call: whatever it throws is caught, and the first failure of each listener is logged at debug
 * (its type only). A slow listener slows the caller, so hand heavy work to another thread.
 *
 * <p>The events carry no key, user id, path argument, query, header value or body: a call is named by
 * its operation (such as {@code streaks.qualify}) and its route template (such as
 * {@code /v1/admin/projects/{projectId}/users/{uid}}), never by the path it was sent to.
 */
public interface AmbaListener {

  // The events are built by the SDK only, every component set: no Optional is ever null.

  /**
   * A call is about to make its first attempt. A tracer overrides this to open a span and put its
   * context on the request; a listener that does not override it is never called here, and a call
   * then builds nothing for it.
   *
   * <p>Headers added through {@code headers} while this method runs (such as {@code traceparent} and
   * {@code tracestate}) go on every attempt of this call, and only of this call. They never reach another host: a presigned
   * upload or download is told here like any call, but sends exactly the headers its URL was signed
   * with. A name the SDK sets itself (credentials, {@code X-Request-Id}, {@code Idempotency-Key},
   * {@code Content-Type}...) is refused with an {@link IllegalArgumentException}.
   *
   * @param start what the call is
   * @param headers adds a header to every attempt of this call
   * @return the listener told of this call's attempts and of its end: {@code this} (the default), or
   *     an object of the caller's holding this call's state, such as its span; null reads as {@code this}
   */
  default AmbaListener onStart(Start start, HeaderSink headers) {
    return this;
  }

  /**
   * One HTTP attempt ended, with an answer or without one; told before any wait for the next.
   *
   * @param attempt what the attempt was and how it ended
   */
  default void onAttempt(Attempt attempt) {}

  /**
   * A whole call ended: its last answer (or failure), after every retry.
   *
   * @param call what the call was and how it ended
   */
  default void onCall(Call call) {}

  /**
   * A call about to be sent, as {@link #onStart} is told of it.
   *
   * @param operation as {@link Attempt#operation()}
   * @param method the HTTP method
   * @param route as {@link Attempt#route()}
   * @param requestId the {@code X-Request-Id} sent on every attempt (the caller's, when set through
   *     {@link RequestOptions#withRequestId(String)})
   * @param serverAddress the host the call goes to, e.g. {@code api.amba.dev}
   * @param serverPort the port the call goes to, e.g. 443
   */
  record Start(String operation, String method, String route, String requestId, String serverAddress,
      int serverPort) {}

  /** Where {@link #onStart} adds a header to a call's requests. */
  @FunctionalInterface
  interface HeaderSink {

    /**
     * Sends {@code name: value} on every attempt of the call, replacing a value added before.
     *
     * @param name a header name (an HTTP token), not one the SDK sets itself
     * @param value visible ASCII, spaces and tabs, at most 8,192 characters
     * @throws IllegalArgumentException when the name or the value is not one that may be sent
     * @throws NullPointerException when either is null
     */
    void put(String name, String value);
  }

  /**
   * One attempt of a call.
   *
   * @param operation the operation id, e.g. {@code users.get}; {@code external} for a presigned upload
   *     or download, which goes to another host
   * @param method the HTTP method
   * @param route the route template, e.g. {@code /v1/admin/projects/{projectId}/users/{uid}};
   *     {@code external} for a presigned target
   * @param number 1 for the first attempt
   * @param status the answer's status, or 0 when no answer came
   * @param retryReason why another attempt follows, e.g. {@code status 503} or {@code ConnectException};
   *     empty when this attempt was the last
   * @param duration from sending to the answer's body being read (or the failure)
   * @param requestId the answer's {@code X-Request-Id}, else the one sent
   * @param errorType the simple name of the I/O failure, e.g. {@code HttpTimeoutException}; empty when
   *     an answer came (even an error answer: read {@code status})
   */
  record Attempt(String operation, String method, String route, int number, int status,
      Optional<String> retryReason, Duration duration, String requestId, Optional<String> errorType) {}

  /**
   * One call, after its last attempt.
   *
   * @param operation as {@link Attempt#operation()}
   * @param method the HTTP method
   * @param route as {@link Attempt#route()}
   * @param status the last answer's status, or 0 when no answer came
   * @param attempts how many attempts were made, at least 1
   * @param duration from the first attempt's start to the end, waits between attempts included
   * @param requestId the last answer's {@code X-Request-Id}, else the one sent (the caller's, when set
   *     through {@link RequestOptions#withRequestId(String)})
   * @param errorType the simple name of the exception the call throws, e.g.
   *     {@code AmbaNotFoundException}; empty for a successful answer (or a 304)
   */
  record Call(String operation, String method, String route, int status, int attempts, Duration duration,
      String requestId, Optional<String> errorType) {

    /**
     * Whether the call ended without an exception.
     *
     * @return true when {@link #errorType()} is empty
     */
    public boolean succeeded() {
      return errorType.isEmpty();
    }
  }
}
