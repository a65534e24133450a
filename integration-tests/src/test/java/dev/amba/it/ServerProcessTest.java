package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a server process that never becomes ready fails its IT: quickly, with what it printed. */
class ServerProcessTest {

  @TempDir Path dir;

  private ServerProcess start(String script) throws IOException {
    return new ServerProcess("fake", ServerProcess.builder(List.of("sh", "-c", script)), dir.resolve("console.log"),
        line -> line.contains("READY"), line -> line.contains("FATAL"));
  }

  @Test
  void theReadyLine_endsTheWait() throws IOException {
    try (ServerProcess server = start("echo booting; echo READY; exec sleep 600")) {
      server.awaitReady(Duration.ofMinutes(1));

      assertThat(server.tail()).isEqualTo("booting\nREADY");
    }
  }

  @Test
  void aFailureLine_failsAtOnce_withTheLogTail() throws IOException {
    try (ServerProcess server = start("echo loading the app; echo 'FATAL: no such feature'; exec sleep 600")) {
      assertThatThrownBy(() -> server.awaitReady(Duration.ofMinutes(1)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("fake reported a failure: FATAL: no such feature")
          .hasMessageContaining("loading the app");
    }
  }

  @Test
  void exitingBeforeReady_fails() throws IOException {
    try (ServerProcess server = start("echo 'port in use'; exit 3")) {
      assertThatThrownBy(() -> server.awaitReady(Duration.ofMinutes(1)))
          .hasMessageContaining("fake exited before it was ready")
          .hasMessageContaining("port in use");
    }
  }

  @Test
  void notReadyInTime_fails_andCloseStopsTheWholeTree() throws Exception {
    ServerProcess server = start("echo starting; sleep 600 & wait");
    List<ProcessHandle> tree;
    try {
      assertThatThrownBy(() -> server.awaitReady(Duration.ofSeconds(2)))
          .hasMessageContaining("fake not ready after PT2S");
    } finally {
      tree = ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("sleep")).toList();
      server.close();
    }

    assertThat(tree).as("the script's child, a stand-in for the server JVM").isNotEmpty();
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
  }
}
