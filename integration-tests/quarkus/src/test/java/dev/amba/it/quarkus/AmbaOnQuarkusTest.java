package dev.amba.it.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.RequestOptions;
import dev.amba.cdi.AmbaClientName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * amba-cdi on Quarkus: ArC runs the build-compatible extension at build time; the clients are
 * built from the run-time configuration that {@link EmulatorResource} gives, and called over HTTP
 * through a JAX-RS resource.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class AmbaOnQuarkusTest {

  @TestHTTPResource("/whoami")
  URI whoami;

  @ConfigProperty(name = "amba.project-id")
  String defaultProject;

  @ConfigProperty(name = "amba.clients.acme.project-id")
  String acmeProject;

  @ConfigProperty(name = "test.default-user")
  String defaultUser;

  @ConfigProperty(name = "test.acme-user")
  String acmeUser;

  @Inject @Any Instance<AmbaClient> clients;

  @Inject BeanManager beanManager;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(whoami + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theDefaultClient_injectedIntoAResource_answersOverTheWire() throws Exception {
    assertThat(get("/health").body()).isEqualTo("ready");

    HttpResponse<String> me = get("/default/" + defaultUser);

    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).isEqualTo(defaultProject + " " + defaultUser);
  }

  // Without the jar's index, ArC would not know @AmbaClientName as a qualifier and would give the
  // named injection point the default client: acme's route would then answer from the default project.
  @Test
  void theNamedClient_actsInItsOwnTenantsProject_neverTheDefaultOne() throws Exception {
    assertThat(acmeProject).isNotEqualTo(defaultProject);

    HttpResponse<String> acmesUser = get("/acme/" + acmeUser);
    HttpResponse<String> defaultUserThroughAcme = get("/acme/" + defaultUser);
    HttpResponse<String> acmesUserThroughDefault = get("/default/" + acmeUser);

    assertThat(acmesUser.statusCode()).as(acmesUser.body()).isEqualTo(200);
    assertThat(acmesUser.body()).isEqualTo(acmeProject + " " + acmeUser);
    assertThat(defaultUserThroughAcme.statusCode()).as(defaultUserThroughAcme.body()).isIn(403, 404);
    assertThat(defaultUserThroughAcme.body()).startsWith(acmeProject + " ");
    assertThat(acmesUserThroughDefault.statusCode()).as(acmesUserThroughDefault.body()).isIn(403, 404);
  }

  @Test
  void theApplicationsListener_nowhereInjected_isToldOfEveryClientsCalls() throws Exception {
    WireLog.CALLS.clear();

    get("/default/" + defaultUser);
    get("/acme/" + acmeUser);
    get("/acme/" + defaultUser);

    assertThat(WireLog.CALLS).hasSize(3).startsWith("users.me 200", "users.me 200");
    assertThat(WireLog.CALLS.get(2)).matches("users\\.me 40[34]");
  }

  @Test
  void destroyingTheBean_closesTheClient_andTheNextUseBuildsAFreshOne() throws Exception {
    Instance<AmbaClient> acme = clients.select(AmbaClientName.Literal.of("acme"));
    // A view shares the client's runtime but is no container proxy: it keeps the closed instance.
    AmbaClient view = acme.get().withOptions(RequestOptions.none());
    assertThat(view.asUser(acmeUser).users().me().id()).isEqualTo(acmeUser);

    // What the container does to every client when the application stops, done to one client now.
    ((AlterableContext) beanManager.getContext(ApplicationScoped.class)).destroy(acme.getHandle().getBean());

    assertThatThrownBy(() -> view.asUser(acmeUser)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(get("/acme/" + acmeUser).body()).isEqualTo(acmeProject + " " + acmeUser);
  }
}
