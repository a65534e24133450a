package dev.amba.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AmbaFilterTest {

  private static final Map<String, String> ENV = Map.of(
      "AMBA_PROJECT_ID", "proj_env",
      "AMBA_CLIENT_KEY", "amb_dev_ck_env",
      "AMBA_SERVER_KEY", "amb_dev_sk_env",
      "AMBA_API_URL", "http://127.0.0.1:9");

  private final Fakes.Context context = new Fakes.Context();
  private final List<AmbaClient> toClose = new ArrayList<>();
  private final FilterChain noop = (req, res) -> {};

  @AfterEach
  void closeClients() {
    toClose.forEach(AmbaClient::close);
  }

  private AmbaClient client(String projectId) {
    AmbaClient client = AmbaClient.configure(AmbaConfig.builder().projectId(projectId).clientKey("amb_dev_ck_x")
        .serverKey("amb_dev_sk_x").apiUrl("http://127.0.0.1:9").build());
    toClose.add(client);
    return client;
  }

  private AmbaFilter init(AmbaFilter filter, Map<String, String> params, Map<String, String> env) throws ServletException {
    filter.environment(() -> env);
    filter.init(Fakes.filterConfig("amba", context.proxy(), params));
    return filter;
  }

  private static AmbaClient clientOn(HttpServletRequest request) {
    return AmbaRequests.client(request);
  }

  @Test
  void programmaticFilter_putsTheClientOnTheRequestUnderBothNames() throws Exception {
    AmbaClient client = client("p1");
    AmbaFilter filter = init(new AmbaFilter(client), Map.of(), Map.of());
    Fakes.Request request = new Fakes.Request();
    List<AmbaClient> seen = new ArrayList<>();

    filter.doFilter(request.proxy(), null, (req, res) -> seen.add(AmbaRequests.client(req)));

    assertThat(seen).containsExactly(client);
    assertThat(request.attributes).containsEntry("amba", client).containsEntry("dev.amba.AmbaClient", client);
    assertThat(AmbaRequests.user(request.proxy())).isEmpty();
  }

  @Test
  void doFilter_doesItsWorkOncePerRequest_howeverOftenTheRequestIsRedispatched() throws Exception {
    AtomicInteger resolutions = new AtomicInteger();
    AmbaFilter filter = init(new AmbaFilter(client("p1"), identity -> {
      resolutions.incrementAndGet();
      return identity.userPrincipal().map(p -> p.getName());
    }), Map.of(), Map.of());
    Fakes.Request request = new Fakes.Request();
    request.principal = Fakes.principal("user_1");
    HttpServletRequest proxy = request.proxy();

    // As a FORWARD, an INCLUDE and an ASYNC dispatch of the same request would do.
    filter.doFilter(proxy, null, (req, res) -> filter.doFilter(req, res, (r2, s2) -> filter.doFilter(r2, s2, noop)));
    AmbaUser first = AmbaRequests.user(proxy).orElseThrow();
    filter.doFilter(proxy, null, noop);

    assertThat(resolutions).hasValue(1);
    assertThat(AmbaRequests.user(proxy)).containsSame(first);
  }

  @Test
  void doFilter_givesEachRequestItsOwnUser() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1"), AmbaUserResolver.userPrincipal()), Map.of(), Map.of());
    Fakes.Request alice = new Fakes.Request();
    alice.principal = Fakes.principal("alice");
    Fakes.Request bob = new Fakes.Request();
    bob.principal = Fakes.principal("bob");

    filter.doFilter(alice.proxy(), null, noop);
    filter.doFilter(bob.proxy(), null, noop);

    assertThat(AmbaRequests.user(alice.proxy()).map(AmbaUser::uid)).contains("alice");
    assertThat(AmbaRequests.user(bob.proxy()).map(AmbaUser::uid)).contains("bob");
  }

  @Test
  void userPrincipalResolver_attachesNoUserForAnAnonymousRequest() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1"), AmbaUserResolver.userPrincipal()), Map.of(), Map.of());
    Fakes.Request request = new Fakes.Request();

    filter.doFilter(request.proxy(), null, noop);

    assertThat(request.attributes).containsKey("amba").doesNotContainKey("ambaUser");
  }

  @Test
  void userResolution_ignoresHeadersAndParameters() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1"), AmbaUserResolver.userPrincipal()), Map.of(), Map.of());
    Fakes.Request request = new Fakes.Request();
    request.headers.put("X-Amba-On-Behalf-Of", "victim");
    request.headers.put("X-User-Id", "victim");

    filter.doFilter(request.proxy(), null, noop);

    assertThat(AmbaRequests.user(request.proxy())).isEmpty();
  }

  @Test
  void sessionAttributeResolver_readsTheUidTheLoginStored_withoutCreatingSessions() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1")), Map.of("user-session-attribute", "uid"), Map.of());
    Fakes.Request anonymous = new Fakes.Request();
    Fakes.Request signedIn = new Fakes.Request();
    signedIn.session = new HashMap<>(Map.of("uid", "user_7"));

    filter.doFilter(anonymous.proxy(), null, noop);
    filter.doFilter(signedIn.proxy(), null, noop);

    assertThat(AmbaRequests.user(anonymous.proxy())).isEmpty();
    assertThat(anonymous.sessionsCreated).hasValue(0);
    assertThat(AmbaRequests.user(signedIn.proxy()).map(AmbaUser::uid)).contains("user_7");
  }

  @Test
  void userPrincipalInitParam_attachesTheAuthenticatedUser() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1")), Map.of("user-principal", "true"), Map.of());
    Fakes.Request request = new Fakes.Request();
    request.principal = Fakes.principal("user_9");

    filter.doFilter(request.proxy(), null, noop);

    assertThat(AmbaRequests.user(request.proxy()).map(AmbaUser::uid)).contains("user_9");
  }

  @Test
  void resolverValueThatIsNotAUid_failsTheRequestWithoutEchoingTheValue() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(client("p1"), AmbaUserResolver.userPrincipal()), Map.of(), Map.of());
    Fakes.Request request = new Fakes.Request();
    request.principal = Fakes.principal("alice@example.com");

    assertThatThrownBy(() -> filter.doFilter(request.proxy(), null, noop))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("not an Amba uid")
        .hasMessageNotContaining("alice@example.com");
  }

  @Test
  void noArgFilter_takesTheClientFromTheServletContextAttribute_andNeverClosesIt() throws Exception {
    AmbaClient client = client("p_ctx");
    context.attributes.put(AmbaClient.class.getName(), client);
    AmbaFilter filter = init(new AmbaFilter(), Map.of(), ENV);
    Fakes.Request request = new Fakes.Request();

    filter.doFilter(request.proxy(), null, noop);
    filter.destroy();

    assertThat(clientOn(request.proxy())).isSameAs(client);
    assertThat(client.asUser("still_open").uid()).isEqualTo("still_open");
  }

  @Test
  void noArgFilter_takesTheClientFromTheAttributeItsInitParamNames() throws Exception {
    AmbaClient client = client("p_named");
    context.attributes.put("tenantClient", client);
    AmbaFilter filter = init(new AmbaFilter(), Map.of("client-attribute", "tenantClient"), ENV);
    Fakes.Request request = new Fakes.Request();

    filter.doFilter(request.proxy(), null, noop);

    assertThat(clientOn(request.proxy())).isSameAs(client);
  }

  @Test
  void noArgFilter_failsInit_whenTheNamedContextAttributeIsMissing() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("client-attribute", "tenantClient"), ENV))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("tenantClient")
        .hasMessageContaining("ServletContextListener");
  }

  @Test
  void noArgFilter_failsInit_whenTheContextAttributeIsNotAClient() {
    context.attributes.put(AmbaClient.class.getName(), "not a client");

    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of(), ENV))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void noArgFilter_buildsAClientFromTheEnvironment_andClosesItOnDestroy() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(), Map.of(), ENV);
    Fakes.Request request = new Fakes.Request();
    filter.doFilter(request.proxy(), null, noop);
    AmbaClient built = clientOn(request.proxy());

    filter.destroy();

    assertThat(built.settings().projectId()).isEqualTo("proj_env");
    assertThatThrownBy(() -> built.asUser("u1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> filter.doFilter(new Fakes.Request().proxy(), null, noop))
        .isInstanceOf(ServletException.class);
  }

  @Test
  void noArgFilter_takesTheDeveloperPat_fromTheInitParamPat_orAmbaPat() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(), Map.of("pat", "amb_dev_pat_param"), ENV);
    Fakes.Request request = new Fakes.Request();
    filter.doFilter(request.proxy(), null, noop);
    assertThat(clientOn(request.proxy()).settings().pat()).contains("amb_dev_pat_param");
    assertThat(filter.toString()).doesNotContain("amb_dev_pat_param");
    filter.destroy();

    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("AMBA_PAT", "amb_dev_pat_env");
    AmbaFilter fromEnv = init(new AmbaFilter(), Map.of(), env);
    Fakes.Request second = new Fakes.Request();
    fromEnv.doFilter(second.proxy(), null, noop);
    assertThat(clientOn(second.proxy()).settings().pat()).contains("amb_dev_pat_env");
    fromEnv.destroy();

    Throwable bad = org.assertj.core.api.Assertions.catchThrowable(
        () -> init(new AmbaFilter(), Map.of("pat", "amb_dev_pat_se\ncret99"), ENV));
    assertThat(bad).isInstanceOf(ServletException.class).hasMessageContaining("init-param pat")
        .hasMessageNotContaining("cret99");
  }

  @Test
  void noArgFilter_letsInitParamsOverrideTheEnvironment() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(),
        Map.of("project-id", "proj_param", "connect-timeout", "3s", "request-timeout", "PT45S"), ENV);
    Fakes.Request request = new Fakes.Request();

    filter.doFilter(request.proxy(), null, noop);

    AmbaConfig config = clientOn(request.proxy()).settings();
    assertThat(config.projectId()).isEqualTo("proj_param");
    assertThat(config.clientKey()).isEqualTo("amb_dev_ck_env");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
    filter.destroy();
  }

  @Test
  void noArgFilter_withNoClientAnywhere_failsInitNamingWhatToSet() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of(), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("AMBA_PROJECT_ID")
        .hasMessageContaining("AMBA_CLIENT_KEY")
        .hasMessageContaining("amba.project-id")
        .hasMessageContaining(AmbaClient.class.getName());
  }

  @Test
  void noArgFilter_withOnlySomeSettings_failsInitNamingTheMissingOne() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("project-id", "p"), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("missing AMBA_CLIENT_KEY (or init-param client-key)")
        .hasMessageNotContaining("missing AMBA_PROJECT_ID");
  }

  @Test
  void init_rejectsAnUnknownInitParam() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("projectId", "p"), ENV))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("unknown init-param [projectId]")
        .hasMessageContaining("project-id");
  }

  @Test
  void init_rejectsAMalformedTimeout_namingTheParam() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("request-timeout", "soon"), ENV))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("request-timeout")
        .hasMessageContaining("soon");
  }

  @Test
  void init_rejectsAMalformedApiUrl_namingWhereItCameFrom() {
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("api-url", "ftp://x"), ENV))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("init-param api-url");
  }

  // Issue 10, finding 2: a key the JDK cannot send as a header fails init, naming where it came from.
  @Test
  void init_refusesAKeyWithAControlCharacter_orABadProjectId_namingTheInitParamOrVariable_neverTheValue() {
    List<Throwable> failures = new ArrayList<>();
    Throwable param = org.assertj.core.api.Assertions.catchThrowable(
        () -> init(new AmbaFilter(), Map.of("server-key", "amb_dev_sk_sec\r\nret1234"), ENV));
    assertThat(param).isInstanceOf(ServletException.class).hasMessageContaining("init-param server-key");
    failures.add(param);
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("AMBA_CLIENT_KEY", "amb_dev_ck_pri\u0000vate567");
    Throwable variable = org.assertj.core.api.Assertions.catchThrowable(() -> init(new AmbaFilter(), Map.of(), env));
    assertThat(variable).isInstanceOf(ServletException.class).hasMessageContaining("AMBA_CLIENT_KEY")
        .hasMessageNotContaining("init-param client-key");
    failures.add(variable);
    Throwable project = org.assertj.core.api.Assertions.catchThrowable(
        () -> init(new AmbaFilter(), Map.of("project-id", "../admin"), ENV));
    assertThat(project).isInstanceOf(ServletException.class).hasMessageContaining("init-param project-id");
    for (Throwable t : failures) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain("ret1234").doesNotContain("vate567");
      }
    }
  }

  @Test
  void init_rejectsClientInitParams_whenAClientWasHandedIn() {
    assertThatThrownBy(() -> init(new AmbaFilter(client("p1")), Map.of("server-key", "amb_dev_sk_secret"), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("[server-key]")
        .hasMessageNotContaining("amb_dev_sk_secret");
  }

  @Test
  void init_rejectsTwoUserResolvers() {
    assertThatThrownBy(() -> init(new AmbaFilter(client("p1")),
        Map.of("user-principal", "true", "user-session-attribute", "uid"), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> init(new AmbaFilter(client("p2"), AmbaUserResolver.userPrincipal()),
        Map.of("user-principal", "true"), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("in code");
  }

  @Test
  void init_withAUserResolverButNoServerKey_fails() {
    Map<String, String> env = new HashMap<>(ENV);
    env.remove("AMBA_SERVER_KEY");

    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("user-principal", "true"), env))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("AMBA_SERVER_KEY");
  }

  @Test
  void subclassWithAResolverInCode_findsItsClientAtInit() throws Exception {
    class AppFilter extends AmbaFilter {
      AppFilter() {
        super(AmbaUserResolver.sessionAttribute("uid"));
      }
    }
    AmbaFilter filter = init(new AppFilter(), Map.of(), ENV);
    Fakes.Request request = new Fakes.Request();
    request.session = new HashMap<>(Map.of("uid", "user_3"));

    filter.doFilter(request.proxy(), null, noop);

    assertThat(AmbaRequests.user(request.proxy()).map(AmbaUser::uid)).contains("user_3");
    filter.destroy();
  }

  @Test
  void doFilter_beforeInit_fails() {
    assertThatThrownBy(() -> new AmbaFilter(client("p1")).doFilter(new Fakes.Request().proxy(), null, noop))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("not initialized");
  }

  @Test
  void register_mapsTheFilterToEveryDispatch_asyncSupported() {
    AmbaClient client = client("p1");

    AmbaFilter.register(context.proxy(), client);

    Fakes.Registration registration = context.filters.get("amba");
    assertThat(registration.asyncSupported).isTrue();
    assertThat(registration.dispatcherTypes).isEqualTo(EnumSet.allOf(DispatcherType.class));
    assertThat(registration.urlPatterns).containsExactly("/*");
    assertThatThrownBy(() -> AmbaFilter.register(context.proxy(), client)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toString_neverShowsKeys() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(), Map.of("server-key", "amb_dev_sk_topsecret"), ENV);

    assertThat(filter.toString()).doesNotContain("amb_dev_sk_topsecret").doesNotContain("amb_dev_ck_env");
    filter.destroy();
  }

  @Test
  void requestsHelper_explainsAMissingFilter() {
    assertThatThrownBy(() -> AmbaRequests.client(new Fakes.Request().proxy()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AmbaFilter did not run");
  }

  @Test
  void requestsHelper_rejectsAForeignValue() {
    Fakes.Request request = new Fakes.Request();
    request.attributes.put("ambaUser", "user_1");

    assertThatThrownBy(() -> AmbaRequests.user(request.proxy())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sessionAttributeResolver_acceptsAPrincipalOrAUserHandle_andRejectsOtherTypes() {
    AmbaClient client = client("p1");
    AmbaUserResolver resolver = AmbaUserResolver.sessionAttribute("who");
    Fakes.Request withPrincipal = new Fakes.Request();
    withPrincipal.session = new HashMap<>(Map.of("who", Fakes.principal("user_p")));
    Fakes.Request withHandle = new Fakes.Request();
    withHandle.session = new HashMap<>(Map.of("who", client.asUser("user_h")));
    Fakes.Request withNumber = new Fakes.Request();
    withNumber.session = new HashMap<>(Map.of("who", 42));

    assertThat(resolver.resolve(VerifiedIdentity.of(withPrincipal.proxy()))).contains("user_p");
    assertThat(resolver.resolve(VerifiedIdentity.of(withHandle.proxy()))).contains("user_h");
    assertThatThrownBy(() -> resolver.resolve(VerifiedIdentity.of(withNumber.proxy())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.lang.Integer");
  }

  @Test
  void init_refusesSessionVerificationTogetherWithAUserResolver() {
    Map<AmbaFilter, Map<String, String>> both = new java.util.LinkedHashMap<>();
    both.put(AmbaFilter.verifyingSessions(client("p1")), Map.of("user-principal", "true"));
    both.put(new AmbaFilter(client("p2"), AmbaUserResolver.userPrincipal()), Map.of("verify-session", "true"));
    both.put(new AmbaFilter(), Map.of("verify-session", "true", "user-session-attribute", "uid"));
    both.forEach((filter, params) -> assertThatThrownBy(() -> init(filter, params, ENV))
        .as(params.toString())
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("verifies Amba sessions and also has a user resolver")
        .hasMessageContaining("configure one of them"));
  }

  @Test
  void init_verifySessionIsTrueOrFalse_andNeedsAServerKey() throws Exception {
    assertThatThrownBy(() -> init(new AmbaFilter(client("p1")), Map.of("verify-session", "yes"), Map.of()))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("verify-session must be true or false");
    Map<String, String> env = new HashMap<>(ENV);
    env.remove("AMBA_SERVER_KEY");
    assertThatThrownBy(() -> init(new AmbaFilter(), Map.of("verify-session", "true"), env))
        .isInstanceOf(ServletException.class)
        .hasMessageContaining("verifies sessions")
        .hasMessageContaining("AMBA_SERVER_KEY");
    AmbaFilter off = init(new AmbaFilter(client("p3")), Map.of("verify-session", "false"), Map.of());
    Fakes.Request request = new Fakes.Request();
    request.headers.put("Authorization", "Bearer whatever");
    List<String> ran = new ArrayList<>();
    off.doFilter(request.proxy(), null, (req, res) -> ran.add("chain"));
    assertThat(ran).as("verify-session=false reads no header").containsExactly("chain");
  }

  @Test
  void sessionCacheTtl_initParam_setsTheBoundOfAClientTheFilterBuilds() throws Exception {
    AmbaFilter filter = init(new AmbaFilter(), Map.of("verify-session", "true", "session-cache-ttl", "5m"), ENV);
    Fakes.Request request = new Fakes.Request();
    List<AmbaClient> seen = new ArrayList<>();
    filter.doFilter(request.proxy(), null, (req, res) -> seen.add(AmbaRequests.client(req)));
    try {
      assertThat(seen.get(0).settings().sessionCacheTtl()).isEqualTo(Duration.ofMinutes(5));
      assertThat(AmbaRequests.user(request.proxy())).as("no Authorization header: anonymous").isEmpty();
      assertThat(AmbaRequests.session(request.proxy())).isEmpty();
    } finally {
      filter.destroy();
    }
  }
}
