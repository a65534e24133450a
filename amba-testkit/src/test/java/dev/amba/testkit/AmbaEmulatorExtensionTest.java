package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.amba.AmbaClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

// Ordered on purpose: later tests check what the extension did after earlier ones.
@ExtendWith(AmbaEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AmbaEmulatorExtensionTest {
  private static AmbaEmulator fromFirstTest;
  private static AmbaClient clientFromFirstTest;

  private final AmbaEmulator fromConstructor;

  AmbaEmulatorExtensionTest(AmbaEmulator emulator) {
    this.fromConstructor = emulator;
  }

  @Test
  @Order(1)
  void injectsARunningEmulatorAndAClientForIt(AmbaEmulator emulator, AmbaClient client) {
    fromFirstTest = emulator;
    clientFromFirstTest = client;

    assertThat(new Api(emulator).get("/health").send().status()).isEqualTo(200);
    assertThat(emulator).isSameAs(fromConstructor);
    assertThat(client.config().projectId()).isEqualTo(emulator.defaultProject().projectId());
    assertThat(client.config().apiUrl().toString()).startsWith(emulator.apiUrl());

    emulator.faults().failNext(5, 503);
  }

  @Test
  @Order(2)
  void sharesTheEmulatorAcrossTestsButResetsFaultsAndRecordings(AmbaEmulator emulator) {
    assertThat(emulator).isSameAs(fromFirstTest);
    assertThat(emulator.faults().pending()).isZero();
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  @Order(3)
  void closesEachInjectedClientAfterItsTest(AmbaClient client) {
    assertThat(client).isNotSameAs(clientFromFirstTest);
    assertThatIllegalStateException()
        .isThrownBy(() -> clientFromFirstTest.asUser("someone"));
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesShareTheOuterEmulator(AmbaEmulator emulator) {
      assertThat(emulator).isSameAs(fromConstructor);
    }
  }
}
