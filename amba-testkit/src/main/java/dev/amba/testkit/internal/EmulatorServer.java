package dev.amba.testkit.internal;

import dev.amba.internal.endpoint.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.amba.testkit.RecordedRequest;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP front: applies the fault switch, routes, authenticates, reads the body within the
 * route's limit, records the request, runs the handler and writes the answer. Every error body is
 * written here and only here.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.amba.testkit");
  /**
   * A refused body up to this size is read and dropped, so the client gets the answer rather than
   * a reset and keeps its connection; a longer one is left unread and the connection closed.
   */
  private static final long DISCARD_LIMIT = 64 * 1024;

  /** The fault switch as the server consults it, once per request, before anything else. */
  @FunctionalInterface
  public interface FaultSwitch {
    /**
     * The fault for this request, or null. {@code project} finds the project whose key the
     * request carries (null for none); it costs a lookup, so it is asked only when needed.
     */
    FaultAction next(String rawPath, Supplier<String> project);
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final RouteTable routes;
  private final Authenticator authenticator;
  private final FaultSwitch faults;
  private final Consumer<RecordedRequest> recorder;
  private final String baseUrl;
  private final IdempotencyCache idempotency;
  /** The console token every operator route needs, or null when the server listens on loopback only. */
  private final byte[] operatorToken;

  /** Listens on {@code host} with no console token: for a loopback host only. */
  public EmulatorServer(String host, int port, RouteTable routes, Authenticator authenticator, FaultSwitch faults,
      Consumer<RecordedRequest> recorder, IdempotencyCache idempotency) throws IOException {
    this(host, port, routes, authenticator, faults, recorder, idempotency, null);
  }

  /**
   * Listens on {@code host}; {@code operatorToken}, when not null, is what a request to an operator
   * route must carry (see {@link OperatorToken}).
   */
  public EmulatorServer(
      String host,
      int port,
      RouteTable routes,
      Authenticator authenticator,
      FaultSwitch faults,
      Consumer<RecordedRequest> recorder,
      IdempotencyCache idempotency,
      String operatorToken)
      throws IOException {
    this.operatorToken = operatorToken == null ? null : operatorToken.getBytes(StandardCharsets.UTF_8);
    this.routes = routes;
    this.authenticator = authenticator;
    this.faults = faults;
    this.recorder = recorder;
    this.idempotency = idempotency;
    serverDefaults();
    this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
    this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    AtomicInteger threads = new AtomicInteger();
    // Unbounded on purpose: a delayed request must never hold up the ones behind it.
    this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "amba-emulator-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * The JDK server reads these once per JVM, when its first server starts; a value the user set
   * wins. Its own defaults let a connection that trickles its headers, or announces a body and
   * never sends it, hold a thread forever.
   */
  private static void serverDefaults() {
    java.util.Properties p = System.getProperties();
    // Without TCP_NODELAY the JDK server writes headers and body in separate segments and each
    // answer waits out the client's delayed ACK (~40 ms).
    p.putIfAbsent("sun.net.httpserver.nodelay", "true");
    // Seconds from a request's first byte to its last: ample for a 100 MB upload over loopback.
    p.putIfAbsent("sun.net.httpserver.maxReqTime", "120");
    // Seconds from a request's end to its answer's end: above the endless-body fault's minute and
    // any delay a test sensibly injects.
    p.putIfAbsent("sun.net.httpserver.maxRspTime", "300");
    // Seconds a kept-alive connection may sit idle, and how many may: the JDK's own values, named.
    p.putIfAbsent("sun.net.httpserver.idleInterval", "30");
    p.putIfAbsent("sun.net.httpserver.maxIdleConnections", "200");
    // The server decides itself how much of a refused body to read (DISCARD_LIMIT): left to the
    // JDK, closing a refused exchange blocks reading 64 KB that the client may never send.
    p.putIfAbsent("sun.net.httpserver.drainAmount", "0");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://host:port}, the address it listens on. */
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    String requestId = null;
    Body body = null;
    Recording recording = null;
    try {
      URI uri = exchange.getRequestURI();
      String rawPath = uri.getRawPath();
      String rawQuery = uri.getRawQuery();
      Map<String, List<String>> headers = lowerCaseNames(exchange.getRequestHeaders());
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      requestId = requestId(headers);
      recording = new Recording(method, rawQuery == null ? rawPath : rawPath + "?" + rawQuery, headers);
      ApiRequest request = new ApiRequest(method, rawPath, rawQuery, headers, "", requestId);
      request.baseUrl(baseUrl);
      java.net.InetSocketAddress peer = exchange.getRemoteAddress();
      boolean loopbackPeer = peer != null && peer.getAddress() != null && peer.getAddress().isLoopbackAddress();
      if (operatorToken == null) {
        request.fromLoopback(loopbackPeer);
      } else if (OperatorToken.guards(rawPath)) {
        // Bound beyond loopback, the token stands in for "this machine" on every operator route,
        // whoever the peer is: a loopback peer may be a proxy forwarding anyone's request.
        OperatorToken.Carried carried = OperatorToken.matches(operatorToken, request);
        if (carried == OperatorToken.Carried.NONE) {
          recording.record("");
          new Body(exchange, 0).settle();
          sendError(exchange, requestId, ApiException.unauthorized("emulator_token_required",
              "this emulator listens beyond loopback: send its console token in the "
                  + OperatorToken.HEADER + " header or the token query parameter"));
          return;
        }
        if (carried == OperatorToken.Carried.QUERY) {
          exchange.getResponseHeaders().add("Set-Cookie", OperatorToken.setCookie(operatorToken));
        }
        request.fromLoopback(true);
      } else {
        request.fromLoopback(loopbackPeer);
      }

      FaultAction fault = faults.next(rawPath, () -> claimedProject(request));
      RouteTable.Match match = null;
      ApiException refused = null;
      try {
        match = routes.resolve(method, rawPath);
        request.pathParams(match.params());
      } catch (ApiException e) {
        refused = e;
      }
      boolean streamed = match != null && match.route().handler() instanceof Handler.StreamingBody;
      body = new Body(exchange, match == null ? 0 : match.route().bodyLimit());

      if (answersAlone(fault)) {
        // The switch acts before routing and authentication, but the recorder still gets the
        // body, read within the route's limit; an upload's bytes are only dropped.
        recording.record(streamed ? body.discardWithinLimit() : body.textWithinLimit());
        body.settle();
        answerFault(exchange, requestId, fault);
        return;
      }
      if (fault instanceof FaultAction.Delay delay) {
        Thread.sleep(delay.delay().toMillis());
      }

      ApiResponse response = null;
      ApiException failure = null;
      boolean holdPassed = false;
      try {
        if (refused != null) {
          throw refused;
        }
        // Authentication reads headers only, so a refused caller never gets its body read.
        Caller caller = authenticator.authenticate(match.route().access(), request);
        if (streamed) {
          request.bodyStream(body.stream());
          recording.record("");
        } else {
          request.body(body.text());
          recording.record(request.body());
        }
        // Held once recorded, so a test sees what is held; before the handler, so nothing it does
        // happens until the release.
        holdPassed = true;
        awaitRelease(fault);
        // After authentication, so a key is scoped by who sent it; around the handler only, so an
        // injected fault or a refused credential never binds a key.
        response = idempotency.run(match.route(), request, caller);
        if (response == null) {
          throw new IllegalStateException("handler returned no response for " + match.route().pattern());
        }
      } catch (ApiException e) {
        failure = e;
      }
      recording.record("");
      if (!holdPassed) {
        // Refused before its handler: the refusal waits for the release like any answer.
        awaitRelease(fault);
      }
      body.settle();
      if (fault instanceof FaultAction.DropAfterHandling) {
        return;
      }
      if (fault instanceof FaultAction.TruncatedBody) {
        sendTruncated(exchange, requestId, failure == null ? response : null);
        return;
      }
      if (failure != null) {
        sendError(exchange, requestId, failure);
        return;
      }
      send(exchange, requestId, response);
    } catch (ClientGone e) {
      // The client hung up or stopped mid-request: its business, not an emulator bug.
      String what = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
      LOG.log(System.Logger.Level.DEBUG, () -> "client left during " + what + ": " + e.getMessage());
    } catch (ApiException e) {
      settle(body);
      sendError(exchange, requestId, e);
    } catch (InterruptedException e) {
      // The emulator is closing while a delay or a hold runs: leave without an answer.
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      LOG.log(System.Logger.Level.ERROR, "emulator bug while handling "
          + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(), t);
      settle(body);
      sendError(exchange, requestId, new ApiException(500, "internal",
          "internal emulator error (" + t.getClass().getSimpleName() + "); see the emulator log"));
    } finally {
      if (recording != null) {
        recording.record("");
      }
      exchange.close();
    }
  }

  private static void settle(Body body) {
    if (body != null) {
      body.settle();
    }
  }

  private String claimedProject(ApiRequest request) {
    try {
      return authenticator.claimedProject(request);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot look up the project of a request's key", e);
    }
  }

  private static void awaitRelease(FaultAction fault) throws InterruptedException {
    if (fault instanceof FaultAction.Hold hold) {
      hold.gate().pass();
    }
  }

  /** Faults that answer in place of the handler, which then never runs. */
  private static boolean answersAlone(FaultAction fault) {
    return fault instanceof FaultAction.Drop || fault instanceof FaultAction.RawAnswer
        || fault instanceof FaultAction.TypedError || fault instanceof FaultAction.RateLimited
        || fault instanceof FaultAction.EndlessBody;
  }

  private static void answerFault(HttpExchange exchange, String requestId, FaultAction fault)
      throws IOException, InterruptedException {
    if (fault instanceof FaultAction.Drop) {
      // Closing before any response header is sent makes the JDK server drop the connection.
      return;
    }
    if (fault instanceof FaultAction.RawAnswer raw) {
      sendRaw(exchange, raw);
      return;
    }
    if (fault instanceof FaultAction.TypedError typed) {
      sendError(exchange, requestId, new ApiException(typed.status(),
          ErrorBodies.defaultCodeFor(typed.status()),
          "injected fault: the emulator was told to answer " + typed.status()));
      return;
    }
    if (fault instanceof FaultAction.RateLimited limited) {
      long seconds = limited.retryAfter().toSeconds();
      sendError(exchange, requestId, new ApiException(429, "rate_limited",
          "injected fault: rate limited", jakarta.json.Json.createObjectBuilder()
              .add("retry_after_seconds", seconds).add("scope", "project").build(),
          Map.of("Retry-After", Long.toString(seconds))));
      return;
    }
    sendEndless(exchange);
  }

  private static void send(HttpExchange exchange, String requestId, ApiResponse response)
      throws IOException, InterruptedException {
    exchange.getResponseHeaders().set(Headers.REQUEST_ID, requestId);
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    if (response.file() != null) {
      writeFile(exchange, response.status(), response.file());
      return;
    }
    if (response.streamer() != null) {
      // 0 is the JDK server's spelling of "chunked": the length is not known up front.
      try (OutputStream out = start(exchange, response.status(), 0)) {
        response.streamer().writeTo(out);
      }
      return;
    }
    if (response.bytes() != null) {
      writeBytes(exchange, response.status(), response.bytes());
      return;
    }
    writeJson(exchange, response.status(), response.body());
  }

  private static void writeFile(HttpExchange exchange, int status, java.nio.file.Path file) throws IOException {
    long length = java.nio.file.Files.size(file);
    if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      start(exchange, status, -1);
      return;
    }
    // The JDK server takes 0 to mean "chunked"; -1 is its spelling of an empty body.
    try (OutputStream out = start(exchange, status, length == 0 ? -1 : length)) {
      java.nio.file.Files.copy(file, out);
    }
  }

  private static void writeBytes(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    if (bytes.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      start(exchange, status, -1);
      return;
    }
    try (OutputStream out = start(exchange, status, bytes.length)) {
      out.write(bytes);
    }
  }

  private static void sendError(HttpExchange exchange, String requestId, ApiException e) {
    String id = requestId == null ? UUID.randomUUID().toString() : requestId;
    try {
      exchange.getResponseHeaders().set(Headers.REQUEST_ID, id);
      e.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      writeJson(exchange, e.status(),
          ErrorBodies.body(e.status(), e.code(), e.getMessage(), id, e.details()));
    } catch (IOException | RuntimeException ignored) {
      // The client went away or the answer was already started: nothing left to tell it.
    }
  }

  private static void writeJson(HttpExchange exchange, int status, JsonValue body)
      throws IOException {
    // A HEAD answer has no body; writing one makes the JDK server fail the exchange.
    if (body == null || exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      start(exchange, status, -1);
      return;
    }
    byte[] bytes = JsonIo.write(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try (OutputStream out = start(exchange, status, bytes.length)) {
      out.write(bytes);
    }
  }

  /** Promises the whole answer, delivers half, and hangs up. */
  private static void sendTruncated(HttpExchange exchange, String requestId, ApiResponse response) throws IOException {
    int status = response == null ? 500 : response.status();
    JsonValue json = response == null ? ErrorBodies.body(500, "internal", "truncated", requestId, null) : response.body();
    byte[] bytes = JsonIo.write(json == null ? JsonValue.EMPTY_JSON_OBJECT : json).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set(Headers.REQUEST_ID, requestId);
    OutputStream out = start(exchange, status == 204 ? 200 : status, bytes.length);
    out.write(bytes, 0, bytes.length / 2);
    out.flush();
    // The caller's exchange.close() then finds bytes missing and closes the connection.
  }

  /** A 200 whose chunked body trickles until the client hangs up, bounded so no thread is kept forever. */
  private static void sendEndless(HttpExchange exchange) throws IOException, InterruptedException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    OutputStream out = start(exchange, 200, 0);
    out.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    try {
      while (System.nanoTime() < end) {
        out.write("0,".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(20);
      }
    } catch (IOException clientLeft) {
      // The point of the fault: the client gave up.
    }
  }

  /** Exactly what the test asked for: no request id, no content type unless it gave them. */
  private static void sendRaw(HttpExchange exchange, FaultAction.RawAnswer raw) throws IOException {
    raw.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] bytes = raw.body();
    boolean bodyless = raw.status() == 204 || raw.status() == 304 || bytes.length == 0
        || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    OutputStream started = start(exchange, raw.status(), bodyless ? -1 : bytes.length);
    if (!bodyless) {
      try (OutputStream out = started) {
        out.write(bytes);
      }
    }
  }

  /**
   * Sends the status line and headers and returns the body stream. From here on a failed write
   * means the client left, which is {@link ClientGone}, not an emulator bug.
   */
  private static OutputStream start(HttpExchange exchange, int status, long length) throws IOException {
    if (exchange.getResponseCode() != -1) {
      throw new IllegalStateException("the answer was already started");
    }
    try {
      exchange.sendResponseHeaders(status, length);
    } catch (IOException e) {
      throw new ClientGone(e);
    }
    return new ToClient(exchange.getResponseBody());
  }

  /** An I/O failure on the client's side of the exchange: it hung up, or stopped sending. */
  private static final class ClientGone extends IOException {
    private static final long serialVersionUID = 1L;

    ClientGone(IOException cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
  }

  /** The answer's body stream, whose failures are the client's. */
  private static final class ToClient extends FilterOutputStream {
    ToClient(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw gone(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw gone(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw gone(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw gone(e);
      }
    }

    private static IOException gone(IOException e) {
      return e instanceof ClientGone ? e : new ClientGone(e);
    }
  }

  /**
   * One request's body, read only through here, never past its route's limit, and at most once.
   * It knows whether the body was read to its end: if not, the connection closes after the answer.
   */
  private static final class Body {
    private final HttpExchange exchange;
    private final long limit;
    /** The declared Content-Length (the JDK server has checked it), or -1 for a chunked body. */
    private final long declared;
    private boolean ended;
    private boolean tooLong;

    Body(HttpExchange exchange, long limit) {
      this.exchange = exchange;
      this.limit = limit;
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      this.declared = exchange.getRequestHeaders().containsKey("Transfer-Encoding") ? -1
          : length == null ? 0 : Long.parseLong(length.trim());
    }

    /** The whole body as text; 413 when it is (or declares itself) longer than the limit. */
    String text() throws ClientGone {
      checkDeclared();
      InputStream in = exchange.getRequestBody();
      // One byte past what may come, so that the end of the body is seen, or its excess.
      long max = declared >= 0 ? declared + 1 : limit + 1;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
      byte[] buf = new byte[8192];
      try {
        // Not readNBytes: it ends with a read of length 0, which makes the JDK's chunked stream
        // wait for the next chunk's header.
        while (bytes.size() < max) {
          int n = in.read(buf, 0, (int) Math.min(buf.length, max - bytes.size()));
          if (n < 0) {
            break;
          }
          bytes.write(buf, 0, n);
        }
      } catch (IOException e) {
        throw new ClientGone(e);
      }
      if (bytes.size() > limit) {
        throw tooLarge();
      }
      ended = true;
      return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The body for the recorder when a fault answers: empty when longer than the limit. */
    String textWithinLimit() throws ClientGone {
      try {
        return declared > limit ? "" : text();
      } catch (ApiException tooLarge) {
        return "";
      }
    }

    /** Reads and drops an upload's bytes, within the limit, so a fault's answer is seen. */
    String discardWithinLimit() {
      if (declared <= limit) {
        discard(limit);
      }
      return "";
    }

    /** The unread body for a {@link Handler.StreamingBody} route, which bounds what it reads. */
    InputStream stream() {
      checkDeclared();
      return new FilterInputStream(exchange.getRequestBody()) {
        @Override
        public int read() throws IOException {
          return seen(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return seen(super.read(b, off, len));
        }

        private int seen(int n) {
          if (n < 0) {
            ended = true;
          }
          return n;
        }
      };
    }

    /**
     * Before any answer: drops a short unread rest (so the client can read the answer and reuse
     * the connection), and otherwise tells the client the connection closes.
     */
    void settle() {
      if (!ended && !tooLong && declared <= DISCARD_LIMIT) {
        discard(DISCARD_LIMIT);
      }
      if (!ended) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
    }

    private void checkDeclared() {
      if (declared > limit) {
        throw tooLarge();
      }
    }

    private void discard(long max) {
      try {
        InputStream in = exchange.getRequestBody();
        byte[] buf = new byte[8192];
        for (long left = max + 1; left > 0; ) {
          int n = in.read(buf, 0, (int) Math.min(buf.length, left));
          if (n < 0) {
            ended = true;
            return;
          }
          left -= n;
        }
      } catch (IOException gone) {
        // The answer goes out anyway, and the connection closes after it.
      }
    }

    private ApiException tooLarge() {
      tooLong = true;
      String size = declared >= 0 ? "is " + declared + " bytes" : "goes on past " + limit + " bytes";
      return new ApiException(413, "payload_too_large", "the request body " + size + "; this route takes at most "
          + limit, JsonIo.object().add("limit_bytes", limit).build());
    }
  }

  /** Hands the request to the recorder once, with as much of its body as was read. */
  private final class Recording {
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private boolean done;

    Recording(String method, String path, Map<String, List<String>> headers) {
      this.method = method;
      this.path = path;
      this.headers = headers;
    }

    void record(String body) {
      if (!done) {
        done = true;
        recorder.accept(new RecordedRequest(method, path, headers, body));
      }
    }
  }

  /** Echoes a caller's request id so logs on both sides line up; anything odd gets a fresh one. */
  private static String requestId(Map<String, List<String>> headers) {
    List<String> sent = headers.get(Headers.REQUEST_ID.toLowerCase(java.util.Locale.ROOT));
    if (sent != null && !sent.isEmpty()) {
      String id = sent.get(0).trim();
      if (!id.isEmpty() && id.length() <= 200 && id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        return id;
      }
    }
    return UUID.randomUUID().toString();
  }

  private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) ->
        out.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
    return out;
  }
}
