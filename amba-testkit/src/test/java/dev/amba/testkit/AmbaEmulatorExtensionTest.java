package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.amba.AmbaClient;
import dev.amba.events.EventCountQuery;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
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
  private static EmulatorProject projectOfAnEarlierTest;

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
    assertThat(client.settings().projectId()).isEqualTo(emulator.defaultProject().projectId());
    assertThat(client.settings().apiUrl().toString()).startsWith(emulator.apiUrl());

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

  @Test
  @Order(4)
  void givesEachTestItsOwnProject_andClientsOfIt(AmbaEmulator emulator, EmulatorProject project, AmbaClient client,
      EmulatorProject sameProject) {
    projectOfAnEarlierTest = project;

    assertThat(sameProject).isSameAs(project);
    assertThat(project.projectId()).isNotEqualTo(emulator.defaultProject().projectId());
    assertThat(client.settings().projectId()).isEqualTo(project.projectId());
    String uid = emulator.createUser(project);
    client.asUser(uid).events().track("own_project");
    assertThat(client.events().count(EventCountQuery.since(Instant.now().minusSeconds(600))).total()).isEqualTo(1);
  }

  @Test
  @Order(5)
  void theNextTestGetsAnotherProject(AmbaClient client, EmulatorProject project) {
    assertThat(project.projectId()).isNotEqualTo(projectOfAnEarlierTest.projectId());
    assertThat(client.settings().projectId()).as("resolved before the project, still of it").isEqualTo(project.projectId());
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesShareTheOuterEmulator(AmbaEmulator emulator) {
      assertThat(emulator).isSameAs(fromConstructor);
    }
  }

  @Nested
  class ProjectFromBeforeEach {
    private EmulatorProject fromBeforeEach;

    @BeforeEach
    void takeTheProject(EmulatorProject project) {
      fromBeforeEach = project;
    }

    @Test
    void theTestGetsTheSameProject(EmulatorProject project) {
      assertThat(project).isSameAs(fromBeforeEach);
    }

    @Test
    void aClientAloneIsForTheTestsProject_onceTheTestHasOne(AmbaClient client) {
      assertThat(client.settings().projectId()).isEqualTo(fromBeforeEach.projectId());
    }
  }
}
