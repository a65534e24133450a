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
