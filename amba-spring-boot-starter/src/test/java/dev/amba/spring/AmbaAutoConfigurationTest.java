package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.AmbaNotFoundException;
import dev.amba.spring.internal.ClientSettings;
import dev.amba.spring.internal.SettingsFailureAnalyzer;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.stereotype.Component;

/** The client beans, against a real emulator: what they are built from, and what they refuse. */
class AmbaAutoConfigurationTest {

  private static AmbaEmulator emulator;
  private static EmulatorProject acme;
  private static EmulatorProject globex;

  /** No AMBA_* variable of the machine running the tests may leak in: each test says what it sets. */
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(MachineEnvironment.ignored())
      .withConfiguration(AutoConfigurations.of(AmbaAutoConfiguration.class));

  @BeforeAll
  static void startEmulator() {
    emulator = AmbaEmulator.builder().quiet(true).start();
    acme = emulator.createProject();
    globex = emulator.createProject();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private static String[] defaultProject() {
    EmulatorProject p = emulator.defaultProject();
    return new String[] {"amba.api-url=" + emulator.apiUrl(), "amba.project-id=" + p.projectId(),
        "amba.client-key=" + p.clientKey(), "amba.server-key=" + p.serverKey()};
  }

  private static String[] named(String name, EmulatorProject p) {
    return new String[] {"amba.clients." + name + ".project-id=" + p.projectId(),
        "amba.clients." + name + ".client-key=" + p.clientKey(), "amba.clients." + name + ".server-key=" + p.serverKey()};
  }

  @Test
  void defaultClient_isBuiltFromAmbaProperties_andReachesItsProject() {
    runner.withPropertyValues(defaultProject()).withPropertyValues("amba.request-timeout=7", "amba.connect-timeout=500ms")
        .run(context -> {
          AmbaClient amba = context.getBean(AmbaClient.class);
          assertThat(amba.diagnostics().ping().serverProjectId()).isEqualTo(emulator.defaultProject().projectId());
          assertThat(amba.settings().requestTimeout()).hasSeconds(7);
          assertThat(amba.settings().connectTimeout()).hasMillis(500);
          assertThat(context.getBeanNamesForType(AmbaClient.class)).containsExactly("ambaClient");
        });
  }

  @Test
  void environmentVariables_bindThroughRelaxedBinding_forTheDefaultAndANamedClient() {
    EmulatorProject p = emulator.defaultProject();
    Map<String, Object> env = Map.of("AMBA_PROJECT_ID", p.projectId(), "AMBA_CLIENT_KEY", p.clientKey(),
        "AMBA_SERVER_KEY", p.serverKey(), "AMBA_API_URL", emulator.apiUrl(),
        "AMBA_CLIENTS_ACME_PROJECT_ID", acme.projectId(), "AMBA_CLIENTS_ACME_CLIENT_KEY", acme.clientKey());
    runner.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)))
        .withUserConfiguration(NamedConsumer.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(AmbaClient.class).diagnostics().ping().serverProjectId()).isEqualTo(p.projectId());
          // The named client has no api-url of its own: it shares AMBA_API_URL, never the default's keys.
          AmbaClient named = context.getBean(NamedConsumer.class).acme;
          assertThat(named.settings().apiUrl().toString()).isEqualTo(emulator.apiUrl());
          assertThat(named.diagnostics().ping().serverProjectId()).isEqualTo(acme.projectId());
          assertThat(named.settings().serverKey()).isEmpty();
        });
  }

  @Test
  void theSessionCacheBound_isSetPerClient_andNamedClientsShareTheDefaultOne() {
    runner.withPropertyValues(defaultProject()).withPropertyValues(named("acme", acme)).withPropertyValues(named("globex", globex))
        .withPropertyValues("amba.session-cache-ttl=5s", "amba.clients.globex.session-cache-ttl=0")
        .withUserConfiguration(NamedConsumer.class)
        .run(context -> {
          NamedConsumer consumer = context.getBean(NamedConsumer.class);
          assertThat(consumer.plain.settings().sessionCacheTtl()).hasSeconds(5);
          assertThat(consumer.acme.settings().sessionCacheTtl()).hasSeconds(5);
          assertThat(consumer.globex.settings().sessionCacheTtl()).isZero();
        });
    runner.withPropertyValues(defaultProject()).withPropertyValues("amba.session-cache-ttl=-1s")
        .run(context -> assertThat(rootCause(context.getStartupFailure()))
            .hasMessageContaining("amba.session-cache-ttl (or AMBA_SESSION_CACHE_TTL): must not be negative"));
  }

  @Test
  void missingSettings_failStartup_namingEachKeyAndItsVariable() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      Throwable cause = rootCause(context.getStartupFailure());
      assertThat(cause).isInstanceOf(ClientSettings.InvalidSettingsException.class)
          .hasMessageContaining("the default Amba client needs amba.project-id (or AMBA_PROJECT_ID), amba.client-key (or AMBA_CLIENT_KEY)");
      FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("amba.project-id");
      assertThat(analysis.getAction()).contains("application.properties");
    });
  }

  @Test
  void invalidSettings_failStartup_namingTheKey_neverTheValue() {
    runner.withPropertyValues("amba.project-id=p1", "amba.client-key=secret with spaces", "amba.api-url=ftp://example.com",
            "amba.request-timeout=0s")
        .run(context -> {
          Throwable cause = rootCause(context.getStartupFailure());
          assertThat(cause).hasMessageContaining("amba.client-key (or AMBA_CLIENT_KEY)")
              .hasMessageContaining("amba.api-url (or AMBA_API_URL)")
              .hasMessageContaining("amba.request-timeout")
              .hasMessageNotContaining("secret with spaces");
        });
  }

  @Test
  void aNamedClientMissingAKey_failsStartup_namingTheNamedKey() {
    runner.withPropertyValues(defaultProject())
        .withPropertyValues("amba.clients.acme.project-id=" + acme.projectId())
        .run(context -> assertThat(rootCause(context.getStartupFailure()))
            .hasMessageContaining("the Amba client named 'acme' needs amba.clients.acme.client-key")
            .hasMessageNotContaining("AMBA_CLIENTS"));
  }

  @Test
  void theApplicationsOwnClient_winsOverTheDefault_andNamedClientsStay() {
    runner.withPropertyValues(named("acme", acme)).withPropertyValues("amba.api-url=" + emulator.apiUrl())
        .withUserConfiguration(OwnClient.class, NamedConsumer.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          AmbaClient own = context.getBean(AmbaClient.class);
          assertThat(own).isSameAs(context.getBean("myClient"));
          assertThat(context).doesNotHaveBean("ambaClient");
          assertThat(own.diagnostics().ping().serverProjectId()).isEqualTo(globex.projectId());
          assertThat(context.getBean(NamedConsumer.class).acme.settings().projectId()).isEqualTo(acme.projectId());
        });
  }

  @Test
  void namedClients_actInTheirOwnProjects_andPlainInjectionGetsTheDefault() {
    runner.withPropertyValues(defaultProject()).withPropertyValues(named("acme", acme)).withPropertyValues(named("globex", globex))
        .withUserConfiguration(NamedConsumer.class)
        .run(context -> {
          NamedConsumer consumer = context.getBean(NamedConsumer.class);
          assertThat(consumer.plain.diagnostics().ping().serverProjectId()).isEqualTo(emulator.defaultProject().projectId());
          assertThat(consumer.acme.diagnostics().ping().serverProjectId()).isEqualTo(acme.projectId());
          assertThat(consumer.globex.diagnostics().ping().serverProjectId()).isEqualTo(globex.projectId());
          assertThat(consumer.plain).isSameAs(context.getBean("ambaClient"));
          assertThat(consumer.acme).isSameAs(context.getBean("ambaClient.acme"));

          // A user of acme's project exists for acme's client only: the keys really are apart.
          String uid = emulator.createUser(acme);
          assertThat(consumer.acme.users().get(uid).id()).isEqualTo(uid);
          assertThatThrownBy(() -> consumer.globex.users().get(uid)).isInstanceOf(AmbaNotFoundException.class);
          assertThatThrownBy(() -> consumer.plain.users().get(uid)).isInstanceOf(AmbaNotFoundException.class);
        });
  }

  @Test
  void onlyNamedClients_needNoDefaultSettings() {
    runner.withPropertyValues(named("acme", acme)).withPropertyValues("amba.api-url=" + emulator.apiUrl())
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeanNamesForType(AmbaClient.class)).containsExactly("ambaClient.acme");
          assertThat(context.getBean("ambaClient.acme", AmbaClient.class).diagnostics().ping().ok()).isTrue();
        });
  }

  @Test
  void everyListenerBean_isToldOfTheCallsOfEveryClient() {
    runner.withPropertyValues(defaultProject()).withPropertyValues(named("acme", acme))
        .withUserConfiguration(Listening.class, NamedConsumer.class)
        .run(context -> {
          NamedConsumer consumer = context.getBean(NamedConsumer.class);
          consumer.plain.diagnostics().ping();
          consumer.acme.health();
          Listening listening = context.getBean(Listening.class);
          assertThat(listening.first).extracting(AmbaListener.Call::operation).hasSize(2);
          assertThat(listening.second).extracting(AmbaListener.Call::route).hasSize(2);
          assertThat(consumer.plain.settings().listeners()).hasSize(2);
        });
  }

  @Test
  void clients_areClosedWhenTheContextCloses() {
    List<AmbaClient> clients = new ArrayList<>();
    runner.withPropertyValues(defaultProject()).withPropertyValues(named("acme", acme))
        .withUserConfiguration(NamedConsumer.class)
        .run(context -> {
          NamedConsumer consumer = context.getBean(NamedConsumer.class);
          clients.add(consumer.plain);
          clients.add(consumer.acme);
          assertThat(consumer.plain.health().isReady()).isTrue();
        });
    for (AmbaClient client : clients) {
      assertThatThrownBy(client::health).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
  }

  @Test
  void anInvalidClientName_failsStartup() {
        // Spring's bracket notation lets a map key hold a dot, which no other setting could then address.
    runner.withPropertyValues(defaultProject())
        .withPropertyValues("amba.clients[tenant.one].project-id=x", "amba.clients[tenant.one].client-key=y")
        .run(context -> assertThat(rootCause(context.getStartupFailure())).hasMessageContaining("'tenant.one' is not a client name"));
  }

  @Test
  void amba_cdisListOfNames_isRefused_namingTheKey() {
    runner.withPropertyValues(defaultProject()).withPropertyValues("amba.clients=acme,globex")
        .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("amba.clients"));
  }

  @Test
  void properties_toString_showsNoSecret() {
    AmbaProperties p = new AmbaProperties();
    p.setProjectId("p1");
    p.setClientKey("amb_dev_ck_secret1");
    p.setServerKey("amb_dev_sk_secret2");
    assertThat(p.toString()).contains("p1").doesNotContain("secret1").doesNotContain("secret2");
  }

  private static Throwable rootCause(Throwable t) {
    assertThat(t).isNotNull();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  @Component
  static class NamedConsumer {
    @Autowired(required = false) AmbaClient plain;
    @Autowired(required = false) @AmbaClientName("acme") AmbaClient acme;
    @Autowired(required = false) @Qualifier("globex") AmbaClient globex;
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean(destroyMethod = "close")
    AmbaClient myClient() {
      return AmbaClient.configure(emulator.config(globex));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Listening {
    final List<AmbaListener.Call> first = Collections.synchronizedList(new ArrayList<>());
    final List<AmbaListener.Call> second = Collections.synchronizedList(new ArrayList<>());

    @Bean
    AmbaListener firstListener() {
      return new AmbaListener() {
        @Override
        public void onCall(Call call) {
          first.add(call);
        }
      };
    }

    @Bean
    AmbaListener secondListener() {
      return new AmbaListener() {
        @Override
        public void onCall(Call call) {
          second.add(call);
        }
      };
    }
  }
}
