package dev.amba.testkit.internal;

import java.time.Duration;
import java.util.Map;

/** What the fault switch tells the server to do with one request, before auth and routing. */
public sealed interface FaultAction {

  /** Answer with exactly this status, body and headers. */
  record RawAnswer(int status, String body, Map<String, String> headers) implements FaultAction {
    public RawAnswer {
      headers = Map.copyOf(headers);
    }
  }

  /** Answer with the typed error body the emulator would write for this status. */
  record TypedError(int status) implements FaultAction {}

  /** Wait, then handle the request normally. */
  record Delay(Duration delay) implements FaultAction {}

  /** Close the connection without answering. */
  record Drop() implements FaultAction {}
}
