package dev.amba.testkit;

import dev.amba.AmbaConfig;
import dev.amba.testkit.internal.Authenticator;
import dev.amba.testkit.internal.EmulatorClock;
import dev.amba.testkit.internal.EmulatorServer;
import dev.amba.testkit.internal.HoldGate;
import dev.amba.testkit.internal.IdempotencyCache;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.console.EventStream;
import dev.amba.testkit.internal.email.EmailLog;
import dev.amba.testkit.internal.engagement.EngagementPipeline;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.routes.Routes;
import dev.amba.testkit.internal.seed.Seed;
import dev.amba.testkit.internal.store.CollectionStore;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A local Amba API on {@code 127.0.0.1} (or the {@link Builder#host(String) host} chosen): real HTTP, real auth rules, data in an embedded H2
 * database. It implements the protocol of {@code amba-api.md} for health, users and auth,
 * events, storage (it also plays the storage host: signed upload URLs, assets served at their
 * URL, bytes kept in files), push (deliveries recorded, see {@link #pushDeliveries()}) and email
 * (sends recorded, see {@link #recordedEmails(EmulatorProject)}).
 *
 * <pre>{@code
 * try (AmbaEmulator emulator = AmbaEmulator.start();
 *      AmbaClient amba = AmbaClient.configure(emulator.config())) {
 *   String uid = emulator.createUser(emulator.defaultProject());
 *   amba.asUser(uid).events().track("signed_up", Map.of());
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the database; in-memory data is
 * gone afterwards, a data directory keeps everything for the next start.
 */
public final class AmbaEmulator implements AutoCloseable {
  /**
   * How long an end-user session token (from the sign-up, sign-in and anonymous routes) is accepted,
   * counted on the emulator's clock from its issue: one hour. Past it, every call with the token
   * answers 401 {@code session_expired}; {@code GET /v1/client/users/me} with a live token names its
   * expiry in the {@code X-Amba-Session-Expires-At} header.
   */
  public static final java.time.Duration SESSION_LIFETIME = dev.amba.testkit.internal.store.SessionStore.LIFETIME;
  /** Older requests are forgotten past this many, so a long-running emulator stays bounded. */
  static final int RECORDED_REQUEST_LIMIT = 10_000;
  /**
   * A recorded body keeps this many characters, then a note of how long it was: enough for a
   * batch of 500 events with their properties, which tests read back.
   */
  static final int RECORDED_BODY_CHARS = 1024 * 1024;
  /**
   * Older requests are forgotten past this many bytes in all (two per character of method, path,
   * headers and body, the most a Java string takes), whatever the bodies sent.
   */
  static final long RECORDED_BYTES_LIMIT = 16L * 1024 * 1024;

  private final Database db;
  private final Stores stores;
  private final EmulatorServer server;
  private final EmulatorProject defaultProject;
  private final Faults faults;
  private final EventStream eventStream = new EventStream();
  private final RouteTable routes;
  private final String host;
  private final String consoleToken = Ids.consoleToken();
  private final boolean consoleTokenRequired;
  private final boolean seeded;
  private final Path exportOnClose;
  /** Closes the emulator when the JVM exits (the database no longer closes itself then). */
  private final Thread exitHook = new Thread(this::close, "amba-emulator-exit");
  /** Also the lock of the three fields after it, notified on every record and on close. */
  private final ArrayDeque<RecordedRequest> recorded = new ArrayDeque<>();
  private long recordedBytes;
  /** Requests recorded since start, never lowered: tells a waiter which ones it has not seen. */
  private long recordedTotal;
  private final AtomicBoolean closed = new AtomicBoolean();

  private AmbaEmulator(Builder builder) {
    // A test's clock, or the system's, that POST /_emulator/clock can move forward.
    EmulatorClock clock = new EmulatorClock(builder.clock);
    this.db = builder.dataDirectory == null
        ? Database.inMemory("amba-" + Ids.uuid())
        : Database.inDirectory(createDirectories(builder.dataDirectory));
    try {
      this.stores = Stores.over(db, clock, builder.dataDirectory);
      stores.collections().queryTimeout(builder.queryTimeout);
      this.faults = new Faults();
      this.routes = routes(db, stores, clock, faults, eventStream);
      stores.events().observe(eventStream::publish);
      stores.events().engage(new EngagementPipeline(routes.stages(), stores.events()::storeDerived));
      // A seed describes a new emulator: a data directory that has a project already keeps its data.
      this.seeded = builder.seed != null && stores.projects().findDefault().isEmpty();
      if (seeded) {
        JsonObject seed = Seed.read(builder.seed);
        if (builder.dataDirectory != null) {
          // Tried in memory first: a seed that fails half-way must not leave a data directory
          // that has a project, which the next start would take as seeded.
          trySeed(seed, builder);
        }
        new Seed(stores, routes).apply(seed, builder.seed.toString());
      }
      this.defaultProject = defaultProject(stores);
      this.exportOnClose = builder.exportOnClose;
      this.host = builder.host;
      this.consoleTokenRequired = !isLoopback(builder.host);
      this.server = new EmulatorServer(builder.host, builder.port, routes, new Authenticator(stores),
          (path, project) -> dev.amba.internal.endpoint.EmulatorEndpoints.faultFree(path)
              ? null : faults.next(path, project),
          this::record, new IdempotencyCache(clock), consoleTokenRequired ? consoleToken : null);
      Runtime.getRuntime().addShutdownHook(exitHook);
    } catch (SQLException e) {
      db.close();
      throw new IllegalStateException("cannot set up the emulator database: " + e.getMessage(), e);
    } catch (IOException e) {
      db.close();
      throw new UncheckedIOException("cannot listen on " + builder.host + ":" + builder.port + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Starts an in-memory emulator on a free port and prints its project id and keys.
   *
   * @return the running emulator; close it to stop the server and free its port
   */
  public static AmbaEmulator start() {
    return builder().start();
  }

  /**
   * Options for a new emulator: port, data directory, clock, query timeout, banner.
   *
   * @return a builder with every option at its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL to configure a client with: {@code http://127.0.0.1:<port>}, no {@code /v1}.
   *
   * @return the URL clients reach this emulator at
   */
  public String apiUrl() {
    return server.baseUrl();
  }

  /**
   * The emulator's web console: {@code <apiUrl>/_emulator/console}, with {@code ?token=<console
   * token>} when the emulator listens beyond loopback, so the link opens the console as it is.
   *
   * @return the console's URL
   */
  public String consoleUrl() {
    return apiUrl() + "/_emulator/console" + (consoleTokenRequired ? "?token=" + consoleToken : "");
  }

  /**
   * The token generated at start that, when the emulator listens beyond loopback, every
   * {@code /_emulator/console} path and every other {@code /_emulator/*} route requires, in the
   * {@code X-Emulator-Token} header or the {@code token} query parameter (401 without it); a token
   * in the query also sets an HttpOnly, SameSite=Strict cookie on {@code /_emulator}, which is
   * accepted too, so the console page opened from {@link #consoleUrl()} loads its files. The
   * storage host's signed upload and download URLs carry their own signature and need none. On a
   * loopback host nothing requires it.
   *
   * @return the console token; a secret, like the keys
   */
  public String consoleToken() {
    return consoleToken;
  }

  /**
   * Whether the {@link #consoleToken() console token} is required: true when the host the emulator
   * listens on is not a loopback address.
   *
   * @return true when bound beyond loopback
   */
  public boolean consoleTokenRequired() {
    return consoleTokenRequired;
  }

  /**
   * Whether this start applied the builder's {@link Builder#seed(Path) seed}: false without one, and
   * false when the data directory already had a project.
   *
   * @return true when the seed file's projects were created
   */
  public boolean seeded() {
    return seeded;
  }

  /**
   * Writes every project, with its keys, users, collection definitions and rows, streak, currency
   * and leaderboard definitions, feature flags and config entries, to {@code file} in the seed format of
   * {@code docs/emulator-seed.md}: a {@link Builder#seed(Path) seed} for a new emulator. The file is
   * written whole or not at all (a temporary file beside it, then moved).
   *
   * @param file where to write the JSON document; replaced when it exists
   * @throws UncheckedIOException if the file cannot be written
   */
  public void export(Path file) {
    Objects.requireNonNull(file, "file");
    checkOpen();
    writeExport(file);
  }

  private void writeExport(Path file) {
    String json;
    try {
      json = dev.amba.testkit.internal.JsonIo.write(new Seed(stores, routes).export());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the emulator's data for an export: " + e.getMessage(), e);
    }
    Path target = file.toAbsolutePath();
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temp, json + "\n", java.nio.charset.StandardCharsets.UTF_8);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export " + file, e);
    }
  }

  /**
   * The port the emulator listens on, the one picked when the builder asked for 0.
   *
   * @return the port on the emulator's host
   */
  public int port() {
    return server.port();
  }

  /**
   * The project created at first start (and reused from a data directory afterwards).
   *
   * @return the default project with its id and keys
   */
  public EmulatorProject defaultProject() {
    return defaultProject;
  }

  /**
   * A further project with its own keys, for tests of cross-project rules.
   *
   * @return the new project with its id and keys
   */
  public EmulatorProject createProject() {
    checkOpen();
    try {
      return stores.projects().create(false);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a project: " + e.getMessage(), e);
    }
  }

  /**
   * Creates an anonymous app user in {@code project} directly in the store (no request, no
   * session) and returns its id, ready for {@code asUser(id)}.
   *
   * @param project a project of this emulator
   * @return the new user's id
   * @throws IllegalArgumentException if {@code project} belongs to another emulator
   */
  public String createUser(EmulatorProject project) {
    Objects.requireNonNull(project, "project");
    checkOpen();
    try {
      if (stores.projects().findById(project.projectId()).isEmpty()) {
        throw new IllegalArgumentException("not a project of this emulator: " + project.projectId());
      }
      return stores.users().createAnonymous(project.projectId()).id();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a user: " + e.getMessage(), e);
    }
  }

  /**
   * A client configuration for the default project, pointing at this emulator.
   *
   * @return a configuration with the default project's id, keys and PAT
   */
  public AmbaConfig config() {
    return config(defaultProject);
  }

  /**
   * A client configuration for {@code project}, pointing at this emulator.
   *
   * @param project the project whose id, keys and PAT the configuration holds
   * @return a configuration for {@code AmbaClient.create}
   */
  public AmbaConfig config(EmulatorProject project) {
    Objects.requireNonNull(project, "project");
    return AmbaConfig.builder()
        .projectId(project.projectId())
        .clientKey(project.clientKey())
        .serverKey(project.serverKey())
        .pat(project.pat())
        .apiUrl(apiUrl())
        .build();
  }

  /**
   * The fault switch; its rules apply to requests from now on.
   *
   * @return the emulator's one fault switch, shared by every project
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Every request received since start or the last {@link #clearRecordedRequests()}, oldest
   * first, including those answered by a fault or an error. Bounded whatever the clients send:
   * at most the latest 10,000 requests and 16 MiB, each body cut after 1,048,576 characters (it
   * then ends with {@code …[cut by the recorder: <n> characters in all]}). A body refused unread
   * (no such route, credentials refused, too large for its route) is recorded empty; upload bytes
   * are never recorded.
   *
   * @return a copy, not changed by later requests
   */
  public List<RecordedRequest> recordedRequests() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  /**
   * The first recorded request {@code predicate} accepts, oldest first: one already recorded (as
   * {@link #recordedRequests()} lists them), or else the first to arrive within {@code timeout}.
   * Waits without polling: every recorded request wakes it. A request is recorded once its body is
   * read, before its handler runs, so a request {@link Faults#holdNext(int) held} is found while it
   * waits. The predicate runs on the calling thread.
   *
   * <pre>{@code
   * RecordedRequest ingest = emulator.awaitRequest(
   *     r -> r.method().equals("POST") && r.pathWithoutQuery().endsWith("/events"), Duration.ofSeconds(30));
   * }</pre>
   *
   * @param predicate the request wanted; it sees each recorded request at most once
   * @param timeout how long to wait for a request that has not arrived yet; zero checks the recorded
   *     ones only
   * @return the first matching request
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws AssertionError when no request matched within the timeout, or the emulator closed
   *     first, listing the requests seen (method and path without the query)
   */
  public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    // Differences of nanoTime values stay right even when this sum wraps around.
    long deadline = System.nanoTime() + HoldGate.nanos(timeout);
    long seen = 0;
    List<RecordedRequest> rejected = new ArrayList<>();
    int rejectedCount = 0;
    while (true) {
      List<RecordedRequest> fresh;
      boolean over;
      synchronized (recorded) {
        while (seen == recordedTotal && !closed.get() && deadline - System.nanoTime() > 0) {
          long left = deadline - System.nanoTime();
          try {
            TimeUnit.NANOSECONDS.timedWait(recorded, left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while awaiting a " + awaited(predicate), e);
          }
        }
        // Those recorded since the last look are the newest ones, unless clearing or the bounds
        // dropped some unseen.
        int unseen = (int) Math.min(recordedTotal - seen, recorded.size());
        fresh = new ArrayList<>(unseen);
        java.util.Iterator<RecordedRequest> newestFirst = recorded.descendingIterator();
        for (int i = 0; i < unseen; i++) {
          fresh.add(newestFirst.next());
        }
        java.util.Collections.reverse(fresh);
        seen = recordedTotal;
        over = closed.get() || deadline - System.nanoTime() <= 0;
      }
      for (RecordedRequest r : fresh) {
        if (predicate.test(r)) {
          return r;
        }
        rejectedCount++;
        rejected.add(r);
        if (rejected.size() > 10) {
          rejected.remove(0);
        }
      }
      if (over) {
        StringBuilder message = new StringBuilder(closed.get()
            ? "the emulator closed before a " + awaited(predicate) + " was recorded"
            : "no " + awaited(predicate) + " was recorded within " + timeout.toMillis() + " ms");
        if (rejectedCount == 0) {
          message.append("; no request was recorded at all");
        } else {
          message.append("; the predicate rejected ").append(rejectedCount).append(" recorded requests")
              .append(rejectedCount > rejected.size() ? ", the last ones:" : ":");
          for (RecordedRequest r : rejected) {
            message.append(' ').append(r.method()).append(' ').append(r.pathWithoutQuery()).append(',');
          }
          message.setLength(message.length() - 1);
        }
        throw new AssertionError(message.toString());
      }
    }
  }

  /** Names what a caller awaits: its predicate's own text when it has one, unlike a lambda. */
  private static String awaited(Predicate<RecordedRequest> predicate) {
    return predicate.getClass().isSynthetic() ? "request matching the predicate" : "request matching " + predicate;
  }

  /**
   * Forgets the recorded requests, so a test sees only the ones its own step sends.
   */
  public void clearRecordedRequests() {
    synchronized (recorded) {
      recorded.clear();
      recordedBytes = 0;
    }
  }

  /**
   * Every push notification the emulator "delivered" (it reaches no device), oldest first: one per
   * active token for each campaign sent, one per token for each test push. Scheduled campaigns
   * whose time has come by the emulator's clock are delivered first.
   *
   * @return the deliveries of every project, as a snapshot
   */
  public List<PushDelivery> pushDeliveries() {
    checkOpen();
    try {
      return stores.push().deliveries().stream()
          .map(d -> new PushDelivery(d.projectId(), d.campaignId(), d.userId(), d.token(), d.platform(),
              d.title(), d.body(), d.dataJson(), d.deliveredAt()))
          .toList();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read push deliveries: " + e.getMessage(), e);
    }
  }

  /**
   * Every email the project's sends "delivered" (nothing leaves the machine), oldest first: one per
   * send, by a user or an admin, including those to a suppressed address (status suppressed).
   *
   * @param project the project whose sends to list
   * @return the emails, as a snapshot
   */
  public List<RecordedEmail> recordedEmails(EmulatorProject project) {
    Objects.requireNonNull(project, "project");
    checkOpen();
    try {
      return db.read(c -> EmailLog.of(c, project.projectId())).stream()
          .map(e -> new RecordedEmail(project.projectId(), e.id(), e.template(), e.toEmail(), e.appUserId(),
              e.subject(), e.html(), e.text(), e.status(), e.messageId(), e.createdAt()))
          .toList();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read recorded emails: " + e.getMessage(), e);
    }
  }

  /**
   * {@link #recordedEmails(EmulatorProject)} of the default project.
   *
   * @return the default project's emails, as a snapshot
   */
  public List<RecordedEmail> recordedEmails() {
    return recordedEmails(defaultProject);
  }

  /**
   * Stops the server, writes the {@link Builder#exportOnClose(Path) export} when one was asked for,
   * releases every {@link Faults#holdNext(int) hold} (its held requests get no
   * answer) and closes the database. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (Thread.currentThread() != exitHook) {
        try {
          Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException exiting) {
          // The JVM is exiting and the hook runs or ran: this close is the one that counts.
        }
      }
      try {
        // The console's event streams end first, so their exchanges close cleanly; then the server,
        // which interrupts held requests, so none is handled as the database closes.
        eventStream.close();
        server.close();
        if (exportOnClose != null) {
          // After the last request, before the database closes.
          try {
            writeExport(exportOnClose);
          } catch (RuntimeException e) {
            System.getLogger("dev.amba.testkit").log(System.Logger.Level.ERROR,
                "the export to " + exportOnClose + " failed: " + e.getMessage(), e);
          }
        }
      } finally {
        faults.releaseAll();
        synchronized (recorded) {
          recorded.notifyAll();
        }
        db.close();
        stores.storage().close();
      }
    }
  }

  @Override
  public String toString() {
    return "AmbaEmulator[" + apiUrl() + ", " + defaultProject + "]";
  }

  private void record(RecordedRequest request) {
    RecordedRequest kept = request.body().length() <= RECORDED_BODY_CHARS ? request
        : new RecordedRequest(request.method(), request.path(), request.headers(),
            request.body().substring(0, RECORDED_BODY_CHARS) + "…[cut by the recorder: "
                + request.body().length() + " characters in all]");
    long bytes = recordedBytes(kept);
    synchronized (recorded) {
      recorded.addLast(kept);
      recordedBytes += bytes;
      recordedTotal++;
      while (recorded.size() > RECORDED_REQUEST_LIMIT || recordedBytes > RECORDED_BYTES_LIMIT) {
        recordedBytes -= recordedBytes(recorded.removeFirst());
      }
      recorded.notifyAll();
    }
  }

  private static long recordedBytes(RecordedRequest r) {
    long chars = r.method().length() + r.path().length() + r.body().length();
    for (java.util.Map.Entry<String, List<String>> h : r.headers().entrySet()) {
      chars += h.getKey().length();
      for (String v : h.getValue()) {
        chars += v.length();
      }
    }
    return 2 * chars;
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the emulator is closed");
    }
  }

  /** A reopened data directory already has one; its printed keys must stay valid. */
  private static EmulatorProject defaultProject(Stores stores) throws SQLException {
    java.util.Optional<EmulatorProject> existing = stores.projects().findDefault();
    return existing.isPresent() ? existing.get() : stores.projects().create(true);
  }

  private static RouteTable routes(Database db, Stores stores, EmulatorClock clock, Faults faults,
      EventStream eventStream) throws SQLException {
    RouteTable routes = Routes.standard(stores, clock, new FaultSpecs(faults), eventStream);
    for (Resource resource : routes.resources()) {
      db.read(c -> {
        resource.ensureTable(c);
        return null;
      });
    }
    return routes;
  }

  private static void trySeed(JsonObject seed, Builder builder) throws SQLException {
    Database scratch = Database.inMemory("amba-seed-" + Ids.uuid());
    try {
      EmulatorClock clock = new EmulatorClock(builder.clock);
      Stores stores = Stores.over(scratch, clock, null);
      try {
        new Seed(stores, routes(scratch, stores, clock, new Faults(), new EventStream())).apply(seed, builder.seed.toString());
      } finally {
        stores.storage().close();
      }
    } finally {
      scratch.close();
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      throw new UncheckedIOException("cannot listen on " + host + ": unknown host", e);
    }
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
  }

  private void printBanner() {
    System.out.println("Amba emulator listening on " + apiUrl());
    System.out.println("  project id: " + defaultProject.projectId());
    System.out.println("  client key: " + defaultProject.clientKey());
    System.out.println("  server key: " + defaultProject.serverKey());
    System.out.println("  PAT:        " + defaultProject.pat());
  }

  /** Options for {@link AmbaEmulator}; every one has a default. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private Path seed;
    private Path exportOnClose;
    private Path dataDirectory;
    private boolean quiet;
    private Clock clock = Clock.systemUTC();
    private Duration queryTimeout = CollectionStore.DEFAULT_QUERY_TIMEOUT;

    private Builder() {}

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port from 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on: {@code 127.0.0.1} by default. Any host that is not a loopback
     * address (such as {@code 0.0.0.0}, so phones on the network reach it) makes every
     * {@code /_emulator/*} route require the {@link AmbaEmulator#consoleToken() console token}.
     *
     * @param host an IP address or host name of this machine
     * @return this builder
     * @throws IllegalArgumentException if {@code host} is blank
     */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host.trim();
      return this;
    }

    /**
     * Creates the projects, users, collections and rows, module definitions (streaks, currencies,
     * leaderboards, flags) and config that
     * {@code file} describes (the format of {@code docs/emulator-seed.md}) in place of the random
     * default project, when the emulator starts with no project yet: in memory, or in a new data
     * directory. A data directory that has a project already keeps its data and the seed is not read
     * ({@link AmbaEmulator#seeded()} tells which happened).
     *
     * @param file a JSON seed file, such as one {@link AmbaEmulator#export(Path)} wrote
     * @return this builder
     */
    public Builder seed(Path file) {
      this.seed = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Makes {@link AmbaEmulator#close()} write an {@link AmbaEmulator#export(Path) export} to
     * {@code file} after the last request and before the database closes, including the close
     * when the JVM exits (Ctrl+C, SIGTERM). A failed export is logged, and the close goes on.
     *
     * @param file where the seed-format document goes; replaced when it exists
     * @return this builder
     */
    public Builder exportOnClose(Path file) {
      this.exportOnClose = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Keeps the data (projects, keys, users, events) in {@code directory}, created when missing,
     * so a restart sees the same default project and keys. Without it, data lives in memory.
     *
     * @param directory where the database files live; one emulator at a time may use it
     * @return this builder
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The emulator's notion of now: upload URL expiry, push schedules, retention, timestamps. Tests
     * pass a clock they move forward, instead of sleeping.
     *
     * @param clock the clock every time-based rule reads; the system UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long one collection read (find, count, get) may run before it is cancelled and answered
     * 503 {@code query_timeout}; 5 seconds by default. Tests of that answer set it low.
     *
     * @param timeout from 1 ms to {@code Integer.MAX_VALUE} ms
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is out of range
     */
    public Builder queryTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "queryTimeout");
      if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException("queryTimeout must be from 1 ms to " + Integer.MAX_VALUE + " ms: " + timeout);
      }
      this.queryTimeout = timeout;
      return this;
    }

    /**
     * True: do not print the URL and keys at start.
     *
     * @param quiet true for tests, whose output the banner would clutter; false by default
     * @return this builder
     */
    public Builder quiet(boolean quiet) {
      this.quiet = quiet;
      return this;
    }

    /**
     * Starts an emulator with these options.
     *
     * @return the running emulator; close it to stop the server and free its port
     * @throws java.io.UncheckedIOException if the port cannot be bound
     * @throws IllegalArgumentException if the seed file cannot be read or applied; the message names
     *     the file and the JSON path of the first problem
     * @throws IllegalStateException if the database cannot be set up, for example in a data directory
     *     another running emulator uses
     */
    public AmbaEmulator start() {
      AmbaEmulator emulator = new AmbaEmulator(this);
      if (!quiet) {
        emulator.printBanner();
      }
      return emulator;
    }
  }
}
