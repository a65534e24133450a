package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10: a client that hangs up, mid-answer or mid-body, is the client's business: the emulator
 * notes it at debug level at most, never as an "emulator bug" warning or error.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EmulatorDisconnectLogWireTest {

  private static final Duration ANSWER = Duration.ofSeconds(15);

  @RegisterExtension
  final CapturedLog log = CapturedLog.of("dev.amba.testkit", Level.ALL);

  /** Waits for the emulator to say something about the dropped exchange, then returns all it said. */
  private List<LogRecord> awaitARecord() throws InterruptedException {
    return log.await(r -> true, Duration.ofSeconds(30));
  }

  private static void assertNothingAboveDebug(List<LogRecord> said) {
    assertThat(said).as("the emulator noted the hang-up").isNotEmpty();
    assertThat(said).allSatisfy(r -> {
      assertThat(r.getLevel().intValue()).as(r.getLevel() + " " + r.getMessage()).isLessThan(Level.INFO.intValue());
      assertThat(r.getThrown()).as("no stack trace for a hang-up").isNull();
    });
  }

  @Test
  void clientHangingUpMidAnswer_isNotLoggedAsAnEmulatorBug(AmbaEmulator emulator) throws Exception {
    byte[] big = new byte[64 * 1024 * 1024];
    emulator.faults().next(1, Fault.raw(200, big, Map.of("Content-Type", "application/octet-stream")));
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("GET", "/health", "Host", "127.0.0.1"));
      assertThat(new String(raw.readBytes(12), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200");
      raw.reset();
    }
    assertNothingAboveDebug(awaitARecord());
  }

  @Test
  void clientHangingUpMidBody_isNotLoggedAsAnEmulatorBug(AmbaEmulator emulator) throws Exception {
    EmulatorProject p = emulator.defaultProject();
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      raw.send(RawHttp.head("POST", "/v1/client/auth/anonymous", "Host", "127.0.0.1", "X-Api-Key", p.clientKey(),
          "Content-Type", "application/json", "Content-Length", "1000"));
      raw.send("{\"partial\":");
    }
    assertNothingAboveDebug(awaitARecord());
  }
}
