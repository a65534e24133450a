package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaRequests;
import dev.amba.servlet.AmbaUserResolver;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AmbaFilter in Jetty 12 (ee10), in front of plain and async servlets, against the emulator. Two
 * contexts: one with {@code new AmbaFilter(client, resolver)}, one declared the web.xml way (class
 * name, init-param, client from a ServletContext attribute).
 */
@ExtendWith(AmbaEmulatorExtension.class)
class JettyFilterTest {

  private static final int USERS = 6;
  private static final AtomicInteger RESOLUTIONS = new AtomicInteger();
  private static final Map<String, String> UID_BY_TOKEN = new ConcurrentHashMap<>();
  private static final List<String> TOKENS = new ArrayList<>();

  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(4);

  private static Server server;
  private static AmbaClient client;
  private static String base;

  @BeforeAll
  static void start(AmbaEmulator emulator) throws Exception {
    client = AmbaClient.configure(emulator.config());
    for (int i = 0; i < USERS; i++) {
      String token = UUID.randomUUID().toString();
      UID_BY_TOKEN.put(token, emulator.createUser(emulator.defaultProject()));
      TOKENS.add(token);
    }

    server = new Server();
    ServerConnector connector = JettyFilters.loopback(server);

    ServletContextHandler programmatic = context("/programmatic");
    AmbaUserResolver counting = identity -> {
      RESOLUTIONS.incrementAndGet();
      return AmbaUserResolver.userPrincipal().resolve(identity);
    };
    JettyFilters.inCode(programmatic, new AmbaFilter(client, counting));

    ServletContextHandler declared = context("/declared");
    JettyFilters.declared(declared, client, "user-principal", "true");

    server.setHandler(new ContextHandlerCollection(programmatic, declared));
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    WORKERS.shutdownNow();
    client.close();
  }

  private static ServletContextHandler context(String path) {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath(path);
    FilterHolder auth = new FilterHolder(new TokenAuthFilter(UID_BY_TOKEN));
    auth.setAsyncSupported(true);
    context.addFilter(auth, "/*", EnumSet.allOf(DispatcherType.class));
    context.addServlet(new ServletHolder(new MeServlet()), "/me");
    ServletHolder async = new ServletHolder(new AsyncMeServlet());
    async.setAsyncSupported(true);
    context.addServlet(async, "/async-me");
    ServletHolder dispatch = new ServletHolder(new AsyncDispatchServlet());
    dispatch.setAsyncSupported(true);
    context.addServlet(dispatch, "/async-dispatch");
    context.addServlet(new ServletHolder(new ForwardServlet()), "/forward");
    context.addServlet(new ServletHolder(new IncludeServlet()), "/include");
    return context;
  }

  /** Answers "<uid from Amba> <dispatch type> <client identity>" for the verified caller. */
  static final class MeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      AmbaUser user = AmbaRequests.user(request).orElse(null);
      if (user == null) {
        if (request.getDispatcherType() != DispatcherType.INCLUDE) {
          response.setStatus(401);
        }
        response.getWriter().print("anonymous");
        return;
      }
      response.getWriter().print(describe(request, user.users().me().id(), request.getDispatcherType().name()));
    }
  }

  /** Does the Amba call on a thread of its own, as an application handing work to an executor would. */
  static final class AsyncMeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      AsyncContext async = request.startAsync();
      Thread requestThread = Thread.currentThread();
      WORKERS.execute(() -> {
        try {
          ServletRequest same = async.getRequest();
          AmbaUser user = AmbaRequests.user(same).orElseThrow();
          String where = Thread.currentThread() == requestThread ? "SAME_THREAD" : "OTHER_THREAD";
          async.getResponse().getWriter().print(describe(same, user.users().me().id(), where));
        } catch (IOException | RuntimeException e) {
          ((HttpServletResponse) async.getResponse()).setStatus(500);
        } finally {
          async.complete();
        }
      });
    }
  }

  static final class AsyncDispatchServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      request.startAsync().dispatch("/me");
    }
  }

  static final class ForwardServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      try {
        request.getRequestDispatcher("/me").forward(request, response);
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException(e);
      }
    }
  }

  static final class IncludeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.getWriter().print("[");
      try {
        request.getRequestDispatcher("/me").include(request, response);
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException(e);
      }
      response.getWriter().print("]");
    }
  }

  private static String describe(ServletRequest request, String uid, String how) {
    return uid + " " + how + " client@" + System.identityHashCode(AmbaRequests.client(request));
  }

  private static HttpResponse<String> get(String path, String token) {
    return new Http(base).get(path, "Authorization", "Bearer " + token);
  }

  private static String uid(int user) {
    return UID_BY_TOKEN.get(TOKENS.get(user));
  }

  @Test
  void plainServlet_seesTheClientAndTheVerifiedCaller() {
    HttpResponse<String> response = get("/programmatic/me", TOKENS.get(0));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(uid(0) + " REQUEST client@" + System.identityHashCode(client));
  }

  @Test
  void asyncServlet_seesTheSameCallerOnAnotherThread() {
    HttpResponse<String> response = get("/programmatic/async-me", TOKENS.get(1));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith(uid(1) + " OTHER_THREAD");
  }

  @Test
  void filterWork_happensOncePerRequest_acrossForwardIncludeAndAsyncDispatch() {
    for (String path : List.of("/forward", "/include", "/async-dispatch", "/me")) {
      int before = RESOLUTIONS.get();

      HttpResponse<String> response = get("/programmatic" + path, TOKENS.get(2));

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).contains(uid(2));
      assertThat(RESOLUTIONS.get() - before).as("resolutions for " + path).isEqualTo(1);
    }
    assertThat(get("/programmatic/forward", TOKENS.get(2)).body()).contains(" FORWARD ");
    assertThat(get("/programmatic/include", TOKENS.get(2)).body()).startsWith("[").contains(" INCLUDE ").endsWith("]");
    assertThat(get("/programmatic/async-dispatch", TOKENS.get(2)).body()).contains(" ASYNC ");
  }

  @Test
  void headersAndParameters_neverChooseTheUser() {
    Http http = new Http(base);

    HttpResponse<String> response = http.get("/programmatic/me?uid=" + uid(0), "X-Amba-On-Behalf-Of", uid(0),
        "X-User-Id", uid(0));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("anonymous");
  }

  @Test
  void concurrentRequestsForDifferentUsers_neverSeeEachOthersData() throws Exception {
    int requests = 240;
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<CompletableFuture<String>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int user = i % USERS;
        String path = i % 2 == 0 ? "/programmatic/me" : "/programmatic/async-me";
        answers.add(CompletableFuture.supplyAsync(() -> {
          HttpResponse<String> response = get(path, TOKENS.get(user));
          return response.statusCode() + " " + response.body().split(" ")[0] + " expected " + uid(user);
        }, pool));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      for (CompletableFuture<String> answer : answers) {
        String[] parts = answer.get().split(" ");
        assertThat(parts[0]).isEqualTo("200");
        assertThat(parts[1]).as("the uid Amba answered for").isEqualTo(parts[3]);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void declaredFilter_takesItsClientFromTheServletContextAttribute() {
    HttpResponse<String> response = get("/declared/async-me", TOKENS.get(3));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith(uid(3) + " OTHER_THREAD client@" + System.identityHashCode(client));
  }

  @Test
  void declaredFilterWithoutAClient_failsTheContextAtStartup_namingWhatToSet() throws Exception {
    Server broken = new Server();
    JettyFilters.loopback(broken);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    FilterHolder filter = new FilterHolder(AmbaFilter.class);
    filter.setName("amba");
    filter.setInitParameter("client-attribute", "tenant.client");
    context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new MeServlet()), "/me");
    broken.setHandler(context);
    try {
      assertThatThrownBy(broken::start)
          .hasStackTraceContaining("AmbaFilter 'amba'")
          .hasStackTraceContaining("tenant.client");
    } finally {
      broken.stop();
    }
  }
}
