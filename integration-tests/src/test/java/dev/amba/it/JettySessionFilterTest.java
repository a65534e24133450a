package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.auth.VerifiedSession;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaRequests;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.RecordedRequest;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AmbaFilter verifying Amba session tokens (a BFF) in Jetty 12 (ee10), against the emulator, with
 * the emulator and the client on one clock that the test moves. Two contexts: {@code
 * AmbaFilter.verifyingSessions(client)} in code, and the web.xml way ({@code verify-session=true},
 * the client from a ServletContext attribute).
 */
class JettySessionFilterTest {

  /** The emulator's and the client's clock: sessions expire and the cache ages only when a test says so. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Clock> at =
        new AtomicReference<>(Clock.fixed(Instant.parse("2030-02-03T10:00:00Z"), ZoneOffset.UTC));

    void advance(Duration by) {
      at.updateAndGet(c -> Clock.offset(c, by));
    }

    @Override
    public Instant instant() {
      return at.get().instant();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return zone.equals(ZoneOffset.UTC) ? this : at.get().withZone(zone);
    }
  }

  private static final MovableClock CLOCK = new MovableClock();
  private static final AtomicInteger HANDLED = new AtomicInteger();

  private static AmbaEmulator emulator;
  private static AmbaClient client;
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    emulator = AmbaEmulator.builder().quiet(true).clock(CLOCK).start();
    // Retries wait on the sleeper: this one returns at once, so no test really sleeps.
    AmbaConfig config = emulator.config().toBuilder().clock(CLOCK).sleeper(pause -> {}).build();
    client = AmbaClient.configure(config);

    server = new Server();
    ServerConnector connector = JettyFilters.loopback(server);
    ServletContextHandler inCode = context("/code");
    JettyFilters.inCode(inCode, AmbaFilter.verifyingSessions(client));
    ServletContextHandler declared = context("/declared");
    JettyFilters.declared(declared, client, "verify-session", "true");

    server.setHandler(new ContextHandlerCollection(inCode, declared));
    server.start();
    http = new Http("http://127.0.0.1:" + connector.getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    client.close();
    emulator.close();
  }

  @BeforeEach
  void forget() {
    emulator.clearRecordedRequests();
  }

  private static ServletContextHandler context(String path) {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath(path);
    context.addServlet(new ServletHolder(new MeServlet()), "/me");
    return context;
  }

  /** Answers "<uid Amba returns for the handle> <uid of the verified session>", or "anonymous". */
  static final class MeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      HANDLED.incrementAndGet();
      AmbaUser user = AmbaRequests.user(request).orElse(null);
      if (user == null) {
        response.getWriter().print("anonymous");
        return;
      }
      VerifiedSession session = AmbaRequests.session(request).orElseThrow();
      response.getWriter().print(user.users().me().id() + " " + session.userId());
    }
  }

  private static String newSession() {
    return client.auth().signInAnonymously().sessionToken();
  }

  private static HttpResponse<String> get(String path, String token) {
    return http.get(path, "Authorization", "Bearer " + token);
  }

  /** The verification requests for one token: users/me carrying the token itself. */
  private static List<RecordedRequest> verifications(String token) {
    return emulator.recordedRequests().stream()
        .filter(r -> r.pathWithoutQuery().equals("/v1/client/users/me"))
        .filter(r -> ("Bearer " + token).equals(r.header("Authorization")))
        .toList();
  }

  private static String uidOf(String token) {
    return client.auth().verifySession(token).userId();
  }

  @Test
  void validToken_attachesAHandleActingForThatUser() {
    String token = newSession();

    HttpResponse<String> response = get("/code/me", token);

    assertThat(response.statusCode()).isEqualTo(200);
    String uid = uidOf(token);
    assertThat(response.body()).isEqualTo(uid + " " + uid);
    assertThat(emulator.recordedRequests()).as("the handle's own call, on behalf of the verified uid")
        .anyMatch(r -> r.pathWithoutQuery().equals("/v1/client/users/me") && uid.equals(r.header("X-Amba-On-Behalf-Of")));
  }

  @Test
  void declaredFilter_verifiesSessionsFromTheInitParam() {
    String token = newSession();

    HttpResponse<String> response = get("/declared/me", token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith(uidOf(token) + " ");
  }

  @Test
  void invalidToken_is401WithAChallengeAndAJsonBody_andTheChainNeverRuns() {
    String forged = "amb_sess_forgedtoken0123456789abcdef";
    int handled = HANDLED.get();

    for (String path : List.of("/code/me", "/declared/me")) {
      HttpResponse<String> response = get(path, forged);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
          .contains("Bearer realm=\"amba\", error=\"invalid_token\"");
      assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          v -> assertThat(v).startsWith("application/json"));
      JsonObject error = Http.json(response).getJsonObject("error");
      assertThat(error.getString("code")).isEqualTo("invalid_token");
      assertThat(error.getInt("status")).isEqualTo(401);
      assertThat(response.body()).doesNotContain(forged);
    }
    assertThat(HANDLED.get()).as("the servlet never ran").isEqualTo(handled);
  }

  @Test
  void expiredToken_is401_once_theClockPassesTheSessionsLifetime() {
    String token = newSession();
    assertThat(get("/code/me", token).statusCode()).isEqualTo(200);
    int handled = HANDLED.get();

    CLOCK.advance(AmbaEmulator.SESSION_LIFETIME);
    HttpResponse<String> response = get("/code/me", token);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Http.json(response).getJsonObject("error").getString("code")).isEqualTo("session_expired");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        v -> assertThat(v).startsWith("Bearer "));
    assertThat(HANDLED.get()).isEqualTo(handled);
  }

  @Test
  void secondRequestWithinTheBound_isNotVerifiedAgain_andAfterTheBoundItIs() {
    String token = newSession();

    assertThat(get("/code/me", token).statusCode()).isEqualTo(200);
    CLOCK.advance(Duration.ofSeconds(30));
    assertThat(get("/code/me", token).statusCode()).isEqualTo(200);
    assertThat(verifications(token)).as("a cache hit sends nothing").hasSize(1);

    CLOCK.advance(AmbaConfig.DEFAULT_SESSION_CACHE_TTL);
    assertThat(get("/code/me", token).statusCode()).isEqualTo(200);
    assertThat(verifications(token)).as("past the 60 s bound it asks again").hasSize(2);
  }

  @Test
  void requestWithoutAuthorization_orWithAnotherScheme_isAnonymous() {
    HttpResponse<String> none = http.get("/code/me");
    HttpResponse<String> basic = http.get("/code/me", "Authorization", "Basic dXNlcjpwYXNz");

    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).isEqualTo("anonymous");
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.body()).isEqualTo("anonymous");
    assertThat(emulator.recordedRequests()).as("nothing to verify").isEmpty();
  }

  @Test
  void bearerWithoutAToken_is401InvalidRequest() {
    HttpResponse<String> response = http.get("/code/me", "Authorization", "Bearer ");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"amba\", error=\"invalid_request\"");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void whenAmbaCannotBeAsked_theAnswerIs503_neverAPass() {
    String token = newSession();
    int handled = HANDLED.get();
    emulator.faults().failNext(3, 503);
    try {
      HttpResponse<String> response = get("/code/me", token);

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).contains("1");
      assertThat(Http.json(response).getJsonObject("error").getString("code")).isEqualTo("session_verification_unavailable");
      assertThat(response.body()).doesNotContain(token);
      assertThat(HANDLED.get()).isEqualTo(handled);
    } finally {
      emulator.faults().reset();
    }
    assertThat(get("/code/me", token).statusCode()).as("the failure was not cached").isEqualTo(200);
  }
}
