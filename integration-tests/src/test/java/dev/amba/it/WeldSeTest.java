package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.RequestOptions;
import dev.amba.cdi.AmbaClientName;
import dev.amba.cdi.AmbaExtension;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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

  /** The application's listener, registered by the extension on every client it builds. */
  @ApplicationScoped
  static class Operations implements AmbaListener {
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onCall(Call call) {
      calls.add(call.operation() + " " + call.status());
    }

    List<String> calls() {
      return calls;
    }
  }

  // The extension is found through META-INF/services even with discovery off; naming it as well
  // registers nothing twice.
  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
      .addBuildCompatibleExtensions(AmbaExtension.class)
      .addBeanClasses(Reports.class, Tenants.class, Operations.class)).build();

  @Inject AmbaClient amba;
  @Inject Reports reports;
  @Inject Tenants tenants;
  @Inject Operations operations;

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
  void theApplicationsListener_isToldOfTheCallsOfTheDefaultAndTheNamedClients() {
    amba.asUser(defaultUser).users().me();
    tenants.acme().asUser(acmeUser).users().me();
    assertThatThrownBy(() -> tenants.globex().asUser(acmeUser).users().me()).isInstanceOf(AmbaApiException.class);

    // One container per test: these are this test's calls, from the default, acme's and globex's client.
    assertThat(operations.calls()).hasSize(3).startsWith("users.me 200", "users.me 200");
    assertThat(operations.calls().get(2)).matches("users\\.me 40[34]");
  }

  @Test
  void shuttingTheContainerDown_closesTheClient() {
    AmbaClient view;
    try (WeldContainer container = new Weld().disableDiscovery().addBeanClass(Reports.class).initialize()) {
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
      Throwable thrown = catchThrowable(() -> new Weld().disableDiscovery().addBeanClass(Reports.class).initialize());
      // Weld wraps what the extension's startup check throws in an ObserverException.
      assertThat(thrown).isInstanceOf(ObserverException.class);
      assertThat(thrown.getCause()).isInstanceOf(DeploymentException.class)
          .hasMessageContaining("amba.client-key (or AMBA_CLIENT_KEY)")
          .hasMessageNotContaining(settings.get("amba.server-key"));
    }
  }
}
