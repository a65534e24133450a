package dev.amba.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The extension in Weld SE. Neither this jar nor the "application" has a beans.xml: the container
 * finds the extension through META-INF/services, and every AmbaClient bean comes from it.
 */
// The try-with-resources blocks hold a configuration for the container inside them; their bodies
// need not name it.
@SuppressWarnings("try")
class AmbaCdiExtensionTest {

  private static final Map<String, String> DEFAULT_CLIENT = Map.of(
      "amba.project-id", "proj_default",
      "amba.client-key", "amb_dev_ck_default",
      "amba.server-key", "amb_dev_sk_default",
      "amba.api-url", "http://127.0.0.1:9");

  @Dependent
  static class UsesDefault {
    @Inject AmbaClient amba;
  }

  @Dependent
  static class UsesTwoTenants {
    @Inject @AmbaClientName("acme") AmbaClient acme;
    @Inject @AmbaClientName("globex") AmbaClient globex;
  }

  @Dependent
  static class UsesBadName {
    @Inject @AmbaClientName("has.dot") AmbaClient bad;
  }

  @Dependent
  static class LooksUpTenants {
    @Inject @Any Instance<AmbaClient> clients;
  }

  @ApplicationScoped
  static class OwnProducer {
    @Produces
    @ApplicationScoped
    AmbaClient client() {
      return AmbaClient.configure(dev.amba.AmbaConfig.builder().projectId("proj_own")
          .clientKey("amb_dev_ck_own").apiUrl("http://127.0.0.1:9").build());
    }

    void close(@Disposes AmbaClient client) {
      client.close();
    }
  }

  /** Records the operations it is told of. */
  abstract static class RecordingListener implements AmbaListener {
    private final List<String> calls;

    RecordingListener(List<String> calls) {
      this.calls = calls;
    }

    @Override
    public void onCall(Call call) {
      calls.add(call.operation());
    }

    List<String> calls() {
      return calls;
    }
  }

  /** Two listeners of the application, in the two scopes a metrics adapter is usually given. */
  @ApplicationScoped
  static class CountingListener extends RecordingListener {
    CountingListener() {
      super(new CopyOnWriteArrayList<>());
    }
  }

  @Dependent
  static class TracingListener extends RecordingListener {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    TracingListener() {
      super(CALLS);
    }
  }

  /** Takes a client only as an observer's parameter, which is an injection point too. */
  @ApplicationScoped
  static class StartsWithInitech {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    void onStart(@Observes Startup startup, @AmbaClientName("initech") AmbaClient initech) {
      SEEN.add(initech.settings().projectId());
    }
  }

  private static Weld weld(Class<?>... beans) {
    return new Weld().addBeanClasses(beans);
  }

  private static DeploymentException startupFailure(Weld weld) {
    return deploymentException(catchThrowable(weld::initialize));
  }

  /**
   * The DeploymentException that stopped the container: thrown as is for a bad name (found while
   * validating), or as the cause of the ObserverException in which Weld wraps what the startup check
   * of the settings throws.
   */
  private static DeploymentException deploymentException(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof DeploymentException d) {
        return d;
      }
    }
    throw new AssertionError("the container started, or failed without a DeploymentException", thrown);
  }

  @Test
  void injectsOneApplicationScopedClient_builtFromMicroProfileConfig() {
    try (ScopedConfig config = ScopedConfig.properties(DEFAULT_CLIENT);
        WeldContainer container = weld(UsesDefault.class).initialize()) {
      AmbaClient first = container.select(UsesDefault.class).get().amba;
      AmbaClient second = container.select(UsesDefault.class).get().amba;

      assertThat(first.settings().projectId()).isEqualTo("proj_default");
      assertThat(first.settings().serverKey()).contains("amb_dev_sk_default");
      assertThat(first.settings()).isSameAs(second.settings());
    }
  }

  @Test
  void takesTheDeveloperPat_fromAmbaPat_andNamesTheKeyOfABadOne() {
    Map<String, String> props = new java.util.HashMap<>(DEFAULT_CLIENT);
    props.put("amba.pat", "amb_dev_pat_default");
    try (ScopedConfig config = ScopedConfig.properties(props);
        WeldContainer container = weld(UsesDefault.class).initialize()) {
      assertThat(container.select(UsesDefault.class).get().amba.settings().pat()).contains("amb_dev_pat_default");
    }
    props.put("amba.pat", "amb_dev_pat_bad\u0000secret77");
    try (ScopedConfig config = ScopedConfig.properties(props)) {
      assertThat(startupFailure(weld(UsesDefault.class)))
          .hasMessageContaining("amba.pat")
          .hasMessageNotContaining("secret77");
    }
  }

  @Test
  void withDiscoveryOff_theExtensionIsStillFound_andNamingItTooRegistersNothingTwice() {
    try (ScopedConfig config = ScopedConfig.properties(DEFAULT_CLIENT);
        WeldContainer found = new Weld().disableDiscovery().addBeanClass(UsesDefault.class).initialize();
        WeldContainer named = new Weld().disableDiscovery().addBuildCompatibleExtensions(AmbaExtension.class)
            .addBeanClasses(UsesDefault.class, LooksUpTenants.class).initialize()) {
      assertThat(found.select(UsesDefault.class).get().amba.settings().projectId()).isEqualTo("proj_default");
      assertThat(named.select(UsesDefault.class).get().amba.settings().projectId()).isEqualTo("proj_default");
      assertThat(named.select(LooksUpTenants.class).get().clients.handles()).hasSize(1);
    }
  }

  @Test
  void readsTheEnvironmentThroughMicroProfileMapping() {
    Map<String, String> env = Map.of(
        "AMBA_PROJECT_ID", "proj_env",
        "AMBA_CLIENT_KEY", "amb_dev_ck_env",
        "AMBA_API_URL", "http://127.0.0.1:9",
        "AMBA_REQUEST_TIMEOUT", "7s");
    try (ScopedConfig config = ScopedConfig.environment(env);
        WeldContainer container = weld(UsesDefault.class).initialize()) {
      AmbaClient amba = container.select(UsesDefault.class).get().amba;

      assertThat(amba.settings().projectId()).isEqualTo("proj_env");
      assertThat(amba.settings().requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void closesTheClientWhenTheContainerShutsDown() {
    AmbaClient underlying;
    try (ScopedConfig config = ScopedConfig.properties(DEFAULT_CLIENT);
        WeldContainer container = weld(UsesDefault.class).initialize()) {
      // A view shares the bean's runtime but is not a container proxy, so it outlives the container.
      underlying = container.select(UsesDefault.class).get().amba.withOptions(RequestOptions.none());
      assertThat(underlying.asUser("user_1").uid()).isEqualTo("user_1");
    }

    assertThatThrownBy(() -> underlying.asUser("user_1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void missingSettings_failDeployment_namingEachKeyAndItsVariable() {
    try (ScopedConfig config = ScopedConfig.properties(Map.of("amba.server-key", "amb_dev_sk_secret"))) {
      assertThat(startupFailure(weld(UsesDefault.class)))
          .hasMessageContaining("amba.project-id (or AMBA_PROJECT_ID)")
          .hasMessageContaining("amba.client-key (or AMBA_CLIENT_KEY)")
          .hasMessageNotContaining("amb_dev_sk_secret");
    }
  }

  @Test
  void invalidApiUrlAndTimeout_failDeployment_namingTheKeys() {
    Map<String, String> props = new HashMap<>(DEFAULT_CLIENT);
    props.put("amba.api-url", "api.amba.dev");
    props.put("amba.connect-timeout", "soon");
    try (ScopedConfig config = ScopedConfig.properties(props)) {
      assertThat(startupFailure(weld(UsesDefault.class)))
          .hasMessageContaining("amba.api-url (or AMBA_API_URL)")
          .hasMessageContaining("amba.connect-timeout (or AMBA_CONNECT_TIMEOUT)")
          .hasMessageContaining("'soon'");
    }
  }

  // Issue 10, finding 2: a key the JDK cannot send as a header fails the deployment, naming the key.
  @Test
  void keyWithAControlCharacter_orABadProjectId_failsDeployment_namingTheKeyNeverTheValue() {
    Map<String, String> props = new HashMap<>(DEFAULT_CLIENT);
    props.put("amba.server-key", "amb_dev_sk_sec\r\nret1234");
    props.put("amba.client-key", "amb_dev_ck_pri\u0000vate567");
    props.put("amba.project-id", "a/b");
    try (ScopedConfig config = ScopedConfig.properties(props)) {
      Throwable t = catchThrowable(() -> weld(UsesDefault.class).initialize());
      assertThat(deploymentException(t))
          .hasMessageContaining("amba.server-key (or AMBA_SERVER_KEY)")
          .hasMessageContaining("amba.client-key (or AMBA_CLIENT_KEY)")
          .hasMessageContaining("amba.project-id (or AMBA_PROJECT_ID)");
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain("ret1234").doesNotContain("vate567")
            .doesNotContain("sec\r");
      }
    }
    Map<String, String> named = new HashMap<>();
    named.put("amba.clients.acme.project-id", "proj_acme");
    named.put("amba.clients.acme.client-key", "amb_dev_ck_acme");
    named.put("amba.clients.acme.server-key", "amb_dev_sk_ac me5678");
    named.put("amba.clients.globex.project-id", "proj_globex");
    named.put("amba.clients.globex.client-key", "amb_dev_ck_globex");
    named.put("amba.api-url", "http://127.0.0.1:9");
    try (ScopedConfig config = ScopedConfig.properties(named)) {
      assertThat(startupFailure(weld(UsesTwoTenants.class)))
          .hasMessageContaining("amba.clients.acme.server-key (or AMBA_CLIENTS_ACME_SERVER_KEY)")
          .hasMessageNotContaining("me5678");
    }
  }

  @Test
  void anApplicationThatInjectsNoClient_deploysWithoutSettings() {
    try (ScopedConfig config = ScopedConfig.properties(Map.of());
        WeldContainer container = weld(LooksUpTenants.class).initialize()) {
      assertThat(container.isRunning()).isTrue();
    }
  }

  @Test
  void namedClients_eachHaveTheirOwnCredentials_andNeedNoDefaultClient() {
    Map<String, String> props = Map.of(
        "amba.api-url", "http://127.0.0.1:9",
        "amba.clients.acme.project-id", "proj_acme",
        "amba.clients.acme.client-key", "amb_dev_ck_acme",
        "amba.clients.acme.server-key", "amb_dev_sk_acme",
        "amba.clients.globex.project-id", "proj_globex",
        "amba.clients.globex.client-key", "amb_dev_ck_globex",
        "amba.clients.globex.api-url", "http://127.0.0.2:9");
    try (ScopedConfig config = ScopedConfig.properties(props);
        WeldContainer container = weld(UsesTwoTenants.class).initialize()) {
      UsesTwoTenants tenants = container.select(UsesTwoTenants.class).get();

      assertThat(tenants.acme.settings().projectId()).isEqualTo("proj_acme");
      assertThat(tenants.acme.settings().serverKey()).contains("amb_dev_sk_acme");
      assertThat(tenants.acme.settings().apiUrl()).hasToString("http://127.0.0.1:9");
      assertThat(tenants.globex.settings().projectId()).isEqualTo("proj_globex");
      assertThat(tenants.globex.settings().serverKey()).isEmpty();
      assertThat(tenants.globex.settings().apiUrl()).hasToString("http://127.0.0.2:9");
    }
  }

  @Test
  void namedClient_neverBorrowsTheDefaultCredentials() {
    Map<String, String> props = new HashMap<>(DEFAULT_CLIENT);
    props.put("amba.clients.acme.project-id", "proj_acme");
    try (ScopedConfig config = ScopedConfig.properties(props)) {
      assertThat(startupFailure(weld(UsesTwoTenants.class)))
          .hasMessageContaining("the Amba client named 'acme' needs amba.clients.acme.client-key (or AMBA_CLIENTS_ACME_CLIENT_KEY)")
          .hasMessageContaining("the Amba client named 'globex' needs amba.clients.globex.project-id");
    }
  }

  @Test
  void namedClientsListedInConfig_areAvailableForDynamicLookup() {
    Map<String, String> env = Map.of(
        "AMBA_CLIENTS", "tenant-a",
        "AMBA_CLIENTS_TENANT_A_PROJECT_ID", "proj_a",
        "AMBA_CLIENTS_TENANT_A_CLIENT_KEY", "amb_dev_ck_a");
    try (ScopedConfig config = ScopedConfig.environment(env);
        WeldContainer container = weld(LooksUpTenants.class).initialize()) {
      Instance<AmbaClient> clients = container.select(LooksUpTenants.class).get().clients;

      assertThat(clients.select(AmbaClientName.Literal.of("tenant-a")).get().settings().projectId()).isEqualTo("proj_a");
      assertThat(clients.select(AmbaClientName.Literal.of("tenant-b")).isUnsatisfied()).isTrue();
    }
  }

  @Test
  void namedClientsFoundInPropertyNames_areAvailableForDynamicLookup() {
    Map<String, String> props = Map.of(
        "amba.clients.initech.project-id", "proj_initech",
        "amba.clients.initech.client-key", "amb_dev_ck_initech");
    try (ScopedConfig config = ScopedConfig.properties(props);
        WeldContainer container = weld(LooksUpTenants.class).initialize()) {
      Instance<AmbaClient> clients = container.select(LooksUpTenants.class).get().clients;

      assertThat(clients.select(AmbaClientName.Literal.of("initech")).get().settings().projectId()).isEqualTo("proj_initech");
    }
  }

  @Test
  void anInvalidClientName_failsDeployment() {
    try (ScopedConfig config = ScopedConfig.properties(DEFAULT_CLIENT)) {
      assertThat(startupFailure(weld(UsesBadName.class)))
          .hasMessageContaining("'has.dot'")
          .hasMessageContaining("not a valid client name");
    }
  }

  @Test
  void theApplicationsOwnProducer_winsOverTheExtension() {
    try (ScopedConfig config = ScopedConfig.properties(Map.of());
        WeldContainer container = weld(OwnProducer.class, UsesDefault.class).initialize()) {
      assertThat(container.select(UsesDefault.class).get().amba.settings().projectId()).isEqualTo("proj_own");
    }
  }

  @Test
  void everyListenerBean_isRegisteredOnEveryClientTheExtensionBuilds() {
    Map<String, String> props = new HashMap<>(DEFAULT_CLIENT);
    props.putAll(Map.of("amba.clients.acme.project-id", "proj_acme", "amba.clients.acme.client-key", "amb_dev_ck_acme",
        "amba.clients.globex.project-id", "proj_globex", "amba.clients.globex.client-key", "amb_dev_ck_globex"));
    TracingListener.CALLS.clear();
    try (ScopedConfig config = ScopedConfig.properties(props);
        WeldContainer container = weld(UsesDefault.class, UsesTwoTenants.class, CountingListener.class,
            TracingListener.class).initialize()) {
      UsesTwoTenants tenants = container.select(UsesTwoTenants.class).get();
      CountingListener counting = container.select(CountingListener.class).get();

      for (AmbaClient client : List.of(container.select(UsesDefault.class).get().amba, tenants.acme, tenants.globex)) {
        List<AmbaListener> listeners = client.settings().listeners();
        assertThat(listeners).as(client.settings().projectId()).hasSize(2);
        // The registered listeners are the beans themselves: what they are told, the beans record.
        for (AmbaListener listener : listeners) {
          listener.onCall(new AmbaListener.Call(client.settings().projectId(), "GET", "/v1/health", 200, 1,
              Duration.ZERO, "req_1", Optional.empty()));
        }
      }
      assertThat(counting.calls()).containsExactly("proj_default", "proj_acme", "proj_globex");
      assertThat(TracingListener.CALLS).containsExactly("proj_default", "proj_acme", "proj_globex");
    }
  }

  @Test
  void aClientTakenByAnObserverMethod_isRegisteredAndChecked() {
    StartsWithInitech.SEEN.clear();
    Map<String, String> props = Map.of(
        "amba.api-url", "http://127.0.0.1:9",
        "amba.clients.initech.project-id", "proj_initech",
        "amba.clients.initech.client-key", "amb_dev_ck_initech");
    try (ScopedConfig config = ScopedConfig.properties(props);
        WeldContainer container = weld(StartsWithInitech.class).initialize()) {
      assertThat(StartsWithInitech.SEEN).containsExactly("proj_initech");
    }
    // Not listed in the configuration: only the observer's parameter names it.
    try (ScopedConfig config = ScopedConfig.properties(Map.of("amba.api-url", "http://127.0.0.1:9"))) {
      assertThat(startupFailure(weld(StartsWithInitech.class)))
          .hasMessageContaining("the Amba client named 'initech' needs amba.clients.initech.project-id");
    }
  }

  @Test
  void literal_equalsTheAnnotationWithTheSameName() throws Exception {
    AmbaClientName onField = UsesTwoTenants.class.getDeclaredField("acme").getAnnotation(AmbaClientName.class);

    assertThat(AmbaClientName.Literal.of("acme")).isEqualTo(onField).hasSameHashCodeAs(onField);
    assertThat(AmbaClientName.Literal.of("globex")).isNotEqualTo(onField);
  }
}
