package dev.amba.internal;

import dev.amba.AmbaConfig;
import dev.amba.internal.http.BodyDeadlines;
import dev.amba.internal.http.Credentials;
import dev.amba.internal.http.HttpTransport;
import dev.amba.internal.http.LoggingTransport;
import dev.amba.internal.http.RetryingTransport;
import dev.amba.internal.util.Lazy;
import dev.amba.internal.util.Log;
import dev.amba.internal.util.Secrets;
import dev.amba.internal.http.HttpClients;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one configured client owns and every view of it shares: settings, credentials, the HTTP
 * client and the transport stack. Views (user handles, option overlays) hold a reference to this
 * and nothing heavier.
 */
public final class ClientRuntime {

  public final AmbaConfig config;
  final Credentials credentials;
  public final Api api;
  /** Per-client state of the areas, one instance per type; see {@link #shared}. */
  private final java.util.concurrent.ConcurrentMap<Class<?>, Object> shared =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final HttpClients http;
  private final BodyDeadlines deadlines;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Things made by this client that must finish (pipelines flush) before its connections go. */
  private final java.util.Set<AutoCloseable> dependents = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public ClientRuntime(AmbaConfig config) {
    this.config = config;
    this.credentials = new Credentials(config.clientKey(), config.serverKey().orElse(null), config.pat().orElse(null));
    java.net.http.HttpClient given = config.httpClient().orElse(null);
    this.http = given != null ? HttpClients.given(given) : HttpClients.owned(config.connectTimeout());
    this.deadlines = new BodyDeadlines("amba-deadlines-" + config.projectId());
    this.ownedExecutor = new Lazy<>(new OwnedExecutor(config.projectId()));
    // The whole stack, here and nowhere else: each attempt is logged, then sent.
    RetryingTransport stack = new RetryingTransport(
        new LoggingTransport(new HttpTransport(http, deadlines, config.apiUrl(), credentials,
            config.requestTimeout(), config.maxResponseBytes())),
        config.retryPolicy(), config.sleeper(), config.clock());
    Secrets secrets = new Secrets(List.of(config.clientKey(), config.serverKey().orElse(""), config.pat().orElse("")));
    this.api = new Api(stack, secrets, config.clock(), new OpenCheck(this),
        dev.amba.internal.http.Listeners.of(config.listeners(), config.apiUrl()));
  }

  private final Lazy<java.util.concurrent.ExecutorService> ownedExecutor;

  // What configure() makes is written as classes, not lambdas: the first lambda of a JVM starts the
  // lambda machinery (milliseconds in a fresh JVM), which configure() then paid; the first call
  // starts it anyway, for the JDK's HttpClient.

  private static final class OwnedExecutor implements java.util.function.Supplier<java.util.concurrent.ExecutorService> {
    private final String projectId;

    OwnedExecutor(String projectId) {
      this.projectId = projectId;
    }

    @Override
    public java.util.concurrent.ExecutorService get() {
      return AsyncExecutors.create(projectId);
    }
  }

  private static final class OpenCheck implements Runnable {
    private final ClientRuntime runtime;

    OpenCheck(ClientRuntime runtime) {
      this.runtime = runtime;
    }

    @Override
    public void run() {
      runtime.ensureOpen();
    }
  }

  /** The executor for async calls: the caller's, or one of our own made on first use. */
  java.util.concurrent.Executor executor() {
    return config.executor().orElseGet(ownedExecutor);
  }

  public <C, R> java.util.concurrent.CompletableFuture<R> async(C view, java.util.function.Function<? super C, ? extends R> call) {
    java.util.Objects.requireNonNull(call, "call");
    ensureOpen();
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> call.apply(view), executor());
  }

  /**
   * The one {@code type} this client keeps for an area, made by {@code make} on first use and shared
   * by every view, such as remote config's ETag cache (a 304 to one user handle helps them all). The
   * runtime holds it without knowing the area. {@code make} runs once, under the map's lock: it must
   * be cheap and must not ask for shared state itself.
   */
  public <T> T shared(Class<T> type, java.util.function.Supplier<? extends T> make) {
    return type.cast(shared.computeIfAbsent(type, t -> make.get()));
  }

  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this AmbaClient is closed (project " + config.projectId() + ")");
    }
  }

  public void requireServerKey(String operation) {
    if (!credentials.hasServerKey()) {
      throw new IllegalStateException(operation + " needs a server key: set AmbaConfig.Builder.serverKey(...) or "
          + AmbaConfig.ENV_SERVER_KEY);
    }
  }

  /**
   * Refuses, before anything is sent, a call of an admin route that takes only the developer PAT
   * (amba-api-modules.md M1) when none is configured.
   */
  public void requirePat(String operation) {
    if (!credentials.hasPat()) {
      throw new IllegalStateException(operation + " needs a developer PAT (Amba refuses the server key there): set "
          + "AmbaConfig.Builder.pat(...) or " + AmbaConfig.ENV_PAT);
    }
  }

  public <T extends AutoCloseable> T track(T dependent) {
    dependents.add(dependent);
    return dependent;
  }

  public void forget(AutoCloseable dependent) {
    dependents.remove(dependent);
  }

  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    for (AutoCloseable d : List.copyOf(dependents)) {
      try {
        d.close();
      } catch (Exception e) {
        Log.LOG.log(System.Logger.Level.WARNING, "closing " + d.getClass().getSimpleName() + " failed", e);
      }
    }
    closed.set(true);
    // Calls already running finish (they now fail fast); nothing new is accepted.
    ownedExecutor.ifMade(java.util.concurrent.ExecutorService::shutdown);
    deadlines.close();
    http.close();
  }

  public boolean isClosed() {
    return closed.get();
  }
}
