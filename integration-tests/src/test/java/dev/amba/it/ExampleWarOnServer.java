package dev.amba.it;

import dev.amba.testkit.AmbaEmulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example WAR's contract on a server that runs as a process of its own: the subclass's
 * {@code @BeforeAll} starts {@link #server} against the class's emulator and sets {@link #api};
 * the server is stopped after the class, also when it never became ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(AmbaEmulatorExtension.class)
abstract class ExampleWarOnServer extends ExampleWarContract {

  ServerProcess server;
  String api;

  @Override
  String api() {
    return api;
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }
}
