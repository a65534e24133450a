package dev.amba.testkit.internal;

import java.time.Duration;
import java.util.Map;

/** What the fault switch tells the server to do with one request, before auth and routing. */
public sealed interface FaultAction {

  /** Answer with exactly this status, body and headers. */
  record RawAnswer(int status, byte[] body, Map<String, String> headers) implements FaultAction {
    public RawAnswer {
      body = body.clone();
      headers = Map.copyOf(headers);
    }
  }

  /** Answer with the typed error body the emulator would write for this status. */
  record TypedError(int status) implements FaultAction {}

  /** Answer 429 in the typed form, with {@code Retry-After} and {@code retry_after_seconds}. */
  record RateLimited(Duration retryAfter) implements FaultAction {}

  /** Wait, then handle the request normally. */
  record Delay(Duration delay) implements FaultAction {}

  /**
   * Read and record the request, then wait at the gate until it opens, then go on as if there were
   * no fault: the handler runs after the release, so its effects and answer come only then.
   */
  record Hold(HoldGate gate) implements FaultAction {}

  /** Close the connection without answering. */
  record Drop() implements FaultAction {}

  /** Handle the request (its effects are stored), then close the connection without answering. */
  record DropAfterHandling() implements FaultAction {}

  /** Handle the request, then send its status and headers but only half of the body. */
  record TruncatedBody() implements FaultAction {}

  /** Answer 200 and a body that never ends (until the client leaves, or a minute has passed). */
  record EndlessBody() implements FaultAction {}
}
