package dev.amba.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.spring.AmbaClientName;
import dev.amba.testkit.AmbaEmulator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

/** The annotation a user puts on a {@code @SpringBootTest}: what it configures, and for how long. */
@SpringBootTest(classes = AutoConfigureAmbaEmulatorTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "amba.request-timeout=3s")
@AutoConfigureAmbaEmulator(clients = {"acme", "globex"})
class AutoConfigureAmbaEmulatorTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Autowired AmbaEmulator emulator;
  @Autowired AmbaClient amba;
  @Autowired @AmbaClientName("acme") AmbaClient acme;
  @Autowired @AmbaClientName("globex") AmbaClient globex;

  @Test
  void theClients_pointAtTheEmulator_eachNameInAProjectOfItsOwn() {
    assertThat(amba.settings().apiUrl().toString()).isEqualTo(emulator.apiUrl());
    assertThat(amba.diagnostics().ping().serverProjectId()).isEqualTo(emulator.defaultProject().projectId());
    assertThat(acme.diagnostics().ping().ok()).isTrue();
    assertThat(List.of(amba.settings().projectId(), acme.settings().projectId(), globex.settings().projectId()))
        .doesNotHaveDuplicates();
    // The project's PAT comes along, for the admin routes that take one.
    assertThat(amba.settings().pat()).contains(emulator.defaultProject().pat());
  }

  @Test
  void theTestsOwnProperties_stillWin() {
    assertThat(amba.settings().requestTimeout()).hasSeconds(3);
  }

  @Nested
  class InANestedClass {
    @Autowired AmbaEmulator nestedEmulator;

    @Test
    void theSameContext_andEmulator_areUsed() {
      assertThat(nestedEmulator).isSameAs(emulator);
    }
  }

  @AutoConfigureAmbaEmulator
  static class Annotated {}

  @Test
  void theEmulator_closesWithItsContext() {
    ContextCustomizer customizer = new EmulatorContextCustomizerFactory().createContextCustomizer(Annotated.class, List.of());
    GenericApplicationContext context = new GenericApplicationContext();
    customizer.customizeContext(context, null);
    context.refresh();
    AmbaEmulator started = context.getBean(AmbaEmulator.class);
    assertThat(started.createProject()).isNotNull();
    context.close();
    assertThatThrownBy(started::createProject).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTestWithoutTheAnnotation_getsNothing_andEqualRequestsShareAContext() {
    EmulatorContextCustomizerFactory factory = new EmulatorContextCustomizerFactory();
    assertThat(factory.createContextCustomizer(String.class, List.of())).isNull();
    assertThat(factory.createContextCustomizer(Annotated.class, List.of()))
        .isEqualTo(new EmulatorContextCustomizer(java.util.Set.of()))
        .isNotEqualTo(factory.createContextCustomizer(AutoConfigureAmbaEmulatorTest.class, List.of()));
  }
}
