package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: a client that hangs up, mid-answer or mid-body, is the client's business: the emulator
 * notes it at debug level at most, never as an "emulator bug" warning or error.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class EmulatorDisconnectLogWireTest {

  private static final Duration ANSWER = Duration.ofSeconds(15);

  private final Logger jul = Logger.getLogger("dev.amba.testkit");
  private final List<LogRecord> records = new ArrayList<>();
  private Level previousLevel;
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
        records.notifyAll();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureEmulatorLog() {
    previousLevel = jul.getLevel();
    jul.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    jul.addHandler(capture);
  }

  @AfterEach
  void restore() {
    jul.removeHandler(capture);
    jul.setLevel(previousLevel);
  }

  /** Waits for the emulator to say something about the dropped exchange, then returns all it said. */
  private List<LogRecord> awaitARecord() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    synchronized (records) {
      while (records.isEmpty() && System.nanoTime() < end) {
        records.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
      }
      return List.copyOf(records);
    }
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
