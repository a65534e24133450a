package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.RequestOptions;
import dev.amba.cdi.AmbaClientName;
import dev.amba.cdi.AmbaExtension;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** amba-cdi in Weld SE, through weld-junit5, talking to the emulator. */
@EnableWeld
@ExtendWith(AmbaEmulatorExtension.class)
class WeldSeTest {

  private static ScopedConfig config;
  private static Map<String, String> settings;
  private static String defaultUser;
  private static String acmeUser;
  private static String globexUser;

  /** A bean of the application, as a JAX-RS resource or a job would be. */
  @ApplicationScoped
  static class Reports {
    @Inject AmbaClient amba;

    AmbaClient amba() {
      return amba;
    }
  }

  @ApplicationScoped
  static class Tenants {
    @Inject @AmbaClientName("acme") AmbaClient acme;
    @Inject @AmbaClientName("globex") AmbaClient globex;

    AmbaClient acme() {
      return acme;
    }

    AmbaClient globex() {
      return globex;
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
      .addExtension(new AmbaExtension())
      .addBeanClasses(Reports.class, Tenants.class)).build();

  @Inject AmbaClient amba;
  @Inject Reports reports;
  @Inject Tenants tenants;

  @BeforeAll
  static void configure(AmbaEmulator emulator) {
    EmulatorProject main = emulator.defaultProject();
    EmulatorProject acme = emulator.createProject();
    EmulatorProject globex = emulator.createProject();
    defaultUser = emulator.createUser(main);
    acmeUser = emulator.createUser(acme);
    globexUser = emulator.createUser(globex);
    settings = new HashMap<>();
    settings.put("amba.api-url", emulator.apiUrl());
    put(settings, "amba.", main);
    put(settings, "amba.clients.acme.", acme);
    put(settings, "amba.clients.globex.", globex);
    config = new ScopedConfig(settings);
  }

  @AfterAll
  static void release() {
    config.close();
  }

  private static void put(Map<String, String> settings, String prefix, EmulatorProject project) {
    settings.put(prefix + "project-id", project.projectId());
    settings.put(prefix + "client-key", project.clientKey());
    settings.put(prefix + "server-key", project.serverKey());
  }

  @Test
  void injectedClient_actsForAUserOfTheConfiguredProject() {
    assertThat(amba.health().isReady()).isTrue();
    assertThat(amba.asUser(defaultUser).users().me().id()).isEqualTo(defaultUser);
  }

  @Test
  void everyInjectionPoint_getsTheSameApplicationScopedClient() {
    assertThat(reports.amba().settings()).isSameAs(amba.settings());
  }

  @Test
  void namedClients_eachReachOnlyTheirOwnProject() {
    assertThat(tenants.acme().asUser(acmeUser).users().me().id()).isEqualTo(acmeUser);
    assertThat(tenants.globex().asUser(globexUser).users().me().id()).isEqualTo(globexUser);

    assertThatThrownBy(() -> tenants.acme().asUser(globexUser).users().me())
        .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.status()).isIn(403, 404));
    assertThat(tenants.acme().settings().projectId()).isNotEqualTo(tenants.globex().settings().projectId());
  }

  @Test
  void shuttingTheContainerDown_closesTheClient() {
    AmbaClient view;
    try (WeldContainer container = new Weld().disableDiscovery().addExtension(new AmbaExtension())
        .addBeanClass(Reports.class).initialize()) {
      view = container.select(Reports.class).get().amba().withOptions(RequestOptions.none());
      assertThat(view.asUser(defaultUser).users().me().id()).isEqualTo(defaultUser);
    }

    assertThatThrownBy(() -> view.asUser(defaultUser)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  @SuppressWarnings("try") // the resource scopes the configuration; the body need not name it
  void aMissingSetting_failsTheDeployment_namingTheKey() {
    Map<String, String> incomplete = new HashMap<>(settings);
    incomplete.remove("amba.client-key");
    try (ScopedConfig ignored = new ScopedConfig(incomplete)) {
      assertThatThrownBy(() -> new Weld().disableDiscovery().addExtension(new AmbaExtension())
          .addBeanClass(Reports.class).initialize())
          .isInstanceOf(DeploymentException.class)
          .hasMessageContaining("amba.client-key (or AMBA_CLIENT_KEY)")
          .hasMessageNotContaining(settings.get("amba.server-key"));
    }
  }
}
