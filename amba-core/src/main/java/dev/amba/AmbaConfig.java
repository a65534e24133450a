package dev.amba;

import dev.amba.internal.util.Secrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a client needs, fixed at boot. Immutable and safe to share; build it with {@link
 * #builder()} or read it from {@code AMBA_*} variables with {@link #fromEnvironment(Map)}.
 *
 * <p>{@link #toString()} never shows a key.
 */
public final class AmbaConfig {

  /** The production API root. */
  public static final String DEFAULT_API_URL = "https://api.amba.dev";

  /**
   * The environment variable {@link #fromEnvironment()} reads the project id from.
   */
  public static final String ENV_PROJECT_ID = "AMBA_PROJECT_ID";
  /**
   * The environment variable {@link #fromEnvironment()} reads the client key from.
   */
  public static final String ENV_CLIENT_KEY = "AMBA_CLIENT_KEY";
  /**
   * The environment variable {@link #fromEnvironment()} reads the server key from; optional.
   */
  public static final String ENV_SERVER_KEY = "AMBA_SERVER_KEY";
  /**
   * The environment variable {@link #fromEnvironment()} reads the API root from; optional.
   */
  public static final String ENV_API_URL = "AMBA_API_URL";
  /** The developer PAT for the admin routes that refuse a server key (email and experiments admin). */
  public static final String ENV_PAT = "AMBA_PAT";

  private final String projectId;
  private final String clientKey;
  private final String serverKey;
  private final String pat;
  private final URI apiUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final HttpClient httpClient;
  private final java.util.concurrent.Executor executor;
  private final Clock clock;
  private final Sleeper sleeper;
  private final java.util.List<AmbaListener> listeners;
  private final Duration sessionCacheTtl;

  private AmbaConfig(Builder b) {
    this.projectId = projectId(required(b.projectId, "projectId", ENV_PROJECT_ID), b.fromEnvironment);
    this.clientKey = key(required(b.clientKey, "clientKey", ENV_CLIENT_KEY), "clientKey", ENV_CLIENT_KEY,
        b.fromEnvironment);
    this.serverKey = b.serverKey == null || b.serverKey.isBlank() ? null
        : key(b.serverKey.strip(), "serverKey", ENV_SERVER_KEY, b.fromEnvironment);
    this.pat = b.pat == null || b.pat.isBlank() ? null : key(b.pat.strip(), "pat", ENV_PAT, b.fromEnvironment);
    this.apiUrl = normalizeApiUrl(b.apiUrl == null ? DEFAULT_API_URL : b.apiUrl);
    if (b.httpClient != null && b.httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      // Refused rather than worked around: the SDK cannot change a caller's client, and a copy of
      // it would lose what the caller built it for (its pool, its instrumentation). Every call
      // carries a key in its headers, and the JDK resends them to whatever origin a 3xx names.
      throw new IllegalArgumentException("AmbaConfig: httpClient follows redirects (Redirect."
          + b.httpClient.followRedirects() + "), which would send the keys in its headers to whatever origin a "
          + "redirect names; build it with followRedirects(HttpClient.Redirect.NEVER)");
    }
    this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
    this.requestTimeout = positive(b.requestTimeout, "requestTimeout");
    if (b.maxResponseBytes < 1024 || b.maxResponseBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("AmbaConfig: maxResponseBytes must be 1 KiB..2 GiB, got " + b.maxResponseBytes);
    }
    this.maxResponseBytes = b.maxResponseBytes;
    this.retryPolicy = b.retryPolicy;
    this.httpClient = b.httpClient;
    this.executor = b.executor;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.listeners = java.util.List.copyOf(b.listeners);
    if (b.sessionCacheTtl.isNegative()) {
      throw new IllegalArgumentException("AmbaConfig: sessionCacheTtl must not be negative, got " + b.sessionCacheTtl);
    }
    this.sessionCacheTtl = b.sessionCacheTtl;
  }

  /**
   * A builder with every optional setting at its default.
   *
   * @return a new builder; set the project id and client key before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads {@code AMBA_PROJECT_ID}, {@code AMBA_CLIENT_KEY}, {@code AMBA_SERVER_KEY}, {@code AMBA_API_URL}
   * and {@code AMBA_PAT}.
   *
   * @return the configuration, every other setting at its default
   * @throws IllegalStateException naming the missing variable
   * @throws IllegalArgumentException naming a malformed variable, without showing its value
   */
  public static AmbaConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * As {@link #fromEnvironment()}, from the given variables (tests, or a secrets map).
   *
   * @param env variable names to values
   * @return the configuration, every other setting at its default
   * @throws NullPointerException if {@code env} is null
   * @throws IllegalStateException naming the missing variable
   * @throws IllegalArgumentException naming a malformed variable, without showing its value
   */
  public static AmbaConfig fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    return builderFromEnvironment(env).build();
  }

  /**
   * A builder preset from the variables, for adding options such as timeouts before building.
   *
   * @param env variable names to values; an absent or blank {@code AMBA_API_URL} keeps the default root
   * @return the preset builder; nothing is checked until {@link Builder#build()}
   * @throws NullPointerException if {@code env} is null
   */
  public static Builder builderFromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Builder b = builder();
    b.fromEnvironment = true;
    b.projectId = env.get(ENV_PROJECT_ID);
    b.clientKey = env.get(ENV_CLIENT_KEY);
    b.serverKey = env.get(ENV_SERVER_KEY);
    b.pat = env.get(ENV_PAT);
    String url = env.get(ENV_API_URL);
    if (url != null && !url.isBlank()) {
      b.apiUrl = url;
    }
    return b;
  }

  /**
   * The project's id, as the admin routes' {@code {projectId}} carries it.
   *
   * @return the project id
   */
  public String projectId() {
    return projectId;
  }

  /**
   * The client key, sent as {@code X-Api-Key}. Treat the value as a secret.
   *
   * @return the client key
   */
  public String clientKey() {
    return clientKey;
  }

  /**
   * The server key, if one was configured. Treat the value as a secret.
   *
   * @return the server key, or empty when none was set (then {@code asUser} and admin calls fail)
   */
  public Optional<String> serverKey() {
    return Optional.ofNullable(serverKey);
  }

  /**
   * The developer PAT, if one was configured: what the email and experiments admin routes take
   * instead of the server key (amba-api-modules.md M1). Treat the value as a secret.
   *
   * @return the PAT, or empty when none was set
   */
  public Optional<String> pat() {
    return Optional.ofNullable(pat);
  }

  /**
   * The API root, without a trailing slash and without {@code /v1}.
   *
   * @return the root, {@value #DEFAULT_API_URL} unless set
   */
  public URI apiUrl() {
    return apiUrl;
  }

  /**
   * How long opening a connection may take, for the HTTP client the SDK builds.
   *
   * @return the connect timeout, positive
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long one attempt may take; a call's whole bound also depends on {@link #retryPolicy()}.
   *
   * @return the per-attempt timeout, positive
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Which failures are retried, how often and how far apart.
   *
   * @return the retry policy, {@link RetryPolicy#defaults()} unless set
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The largest answer the client reads; a larger one fails the call rather than the heap.
   *
   * @return the limit in bytes, 1 KiB to 2 GiB
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * The caller's own HTTP client, if one was given; the SDK never closes it.
   *
   * @return the caller's client, or empty when the SDK builds its own
   */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /**
   * The caller's executor for {@code async(...)} calls, if one was given; the SDK never shuts it down.
   *
   * @return the caller's executor, or empty when the client starts its own
   */
  public Optional<java.util.concurrent.Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * The clock for {@code Retry-After} dates and the session cache.
   *
   * @return the clock, the system UTC clock unless set
   */
  public Clock clock() {
    return clock;
  }

  /**
   * How the SDK waits between retries.
   *
   * @return the sleeper, {@link Sleeper#system()} unless set
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The listeners told of every call, in the order they are told; empty by default.
   *
   * @return the listeners, unmodifiable
   */
  public java.util.List<AmbaListener> listeners() {
    return listeners;
  }

  /**
   * How long {@code auth().verifySession} trusts a verified session token before asking Amba again;
   * a token's own expiry, when the answer names one, ends it sooner. Zero asks every time.
   *
   * @return the bound, {@link #DEFAULT_SESSION_CACHE_TTL} unless set
   */
  public Duration sessionCacheTtl() {
    return sessionCacheTtl;
  }

  /** The default of {@link Builder#sessionCacheTtl(Duration)}: 60 seconds. */
  public static final Duration DEFAULT_SESSION_CACHE_TTL = Duration.ofSeconds(60);

  /**
   * A builder holding every setting of this configuration, to change some and build again.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.projectId = projectId;
    b.clientKey = clientKey;
    b.serverKey = serverKey;
    b.pat = pat;
    b.apiUrl = apiUrl.toString();
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.maxResponseBytes = maxResponseBytes;
    b.retryPolicy = retryPolicy;
    b.httpClient = httpClient;
    b.executor = executor;
    b.clock = clock;
    b.sleeper = sleeper;
    b.listeners.addAll(listeners);
    b.sessionCacheTtl = sessionCacheTtl;
    return b;
  }

  @Override
  public String toString() {
    return "AmbaConfig{projectId="
        + projectId
        + ", apiUrl="
        + Secrets.displayUrl(apiUrl)
        + ", clientKey="
        + Secrets.redact(clientKey)
        + ", serverKey="
        + (serverKey == null ? "none" : Secrets.redact(serverKey))
        + ", pat="
        + (pat == null ? "none" : Secrets.redact(pat))
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", retryPolicy="
        + retryPolicy
        + (sessionCacheTtl.equals(DEFAULT_SESSION_CACHE_TTL) ? "" : ", sessionCacheTtl=" + sessionCacheTtl)
        + (httpClient == null ? "" : ", httpClient=caller-owned")
        + (executor == null ? "" : ", executor=caller-owned")
        // A count, not the listeners' own toString, which this class cannot vouch for.
        + (listeners.isEmpty() ? "" : ", listeners=" + listeners.size())
        + '}';
  }

  private static String required(String value, String setting, String env) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "AmbaConfig: " + setting + " is required (set " + setting + "(...) or " + env + ")");
    }
    return value.strip();
  }

  /**
   * A key goes into a header as it is, so it must be what a header can carry: visible ASCII. A
   * control character, a space or a non-ASCII character inside it is a copy-and-paste accident,
   * and left alone would fail every call with the JDK's "invalid header value" message, which
   * shows the whole key. Otherwise keys are opaque: no prefix or format is required.
   */
  private static String key(String value, String setting, String env, boolean fromEnvironment) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException("AmbaConfig: " + name(setting, env, fromEnvironment) + " contains "
            + describe(c) + " at position " + (i + 1) + "; a key is sent as an HTTP header and holds only visible "
            + "ASCII characters. Check the value for a stray line break or a character pasted with it");
      }
    }
    return value;
  }

  /**
   * The project id becomes one path segment of every admin call ({@code /v1/admin/projects/{id}/...}).
   * The protocol gives it no format, so anything a real id could hold is accepted; what would make
   * it another segment, no segment or a header-breaking string is not.
   */
  private static String projectId(String value, boolean fromEnvironment) {
    String setting = name("projectId", ENV_PROJECT_ID, fromEnvironment);
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("AmbaConfig: " + setting + " must not be '.' or '..'");
    }
    if (value.length() > MAX_PROJECT_ID) {
      throw new IllegalArgumentException("AmbaConfig: " + setting + " must be at most " + MAX_PROJECT_ID
          + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException("AmbaConfig: " + setting + " contains " + describe(c) + " at position "
            + (i + 1) + "; a project id is one path segment, without slashes, spaces or control characters");
      }
    }
    return value;
  }

  private static final int MAX_PROJECT_ID = 128;

  private static String name(String setting, String env, boolean fromEnvironment) {
    return fromEnvironment ? env : setting + " (or " + env + ")";
  }

  /** Names the offending character without showing any of the value around it. */
  private static String describe(char c) {
    if (c == '/' || c == '\\') {
      return "'" + c + "'";
    }
    String kind = Character.isISOControl(c) ? "a control character"
        : Character.isWhitespace(c) || Character.isSpaceChar(c) ? "a space character"
        : "a non-ASCII character";
    return kind + (kind.equals("a non-ASCII character") ? "" : String.format(" (U+%04X)", (int) c));
  }

  private static Duration positive(Duration d, String name) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("AmbaConfig: " + name + " must be positive, got " + d);
    }
    return d;
  }

  private static URI normalizeApiUrl(String raw) {
    String s = raw.strip();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(s);
    } catch (IllegalArgumentException e) {
      // Without the cause: URI's message repeats the whole input, userinfo and all.
      throw new IllegalArgumentException("AmbaConfig: apiUrl is not a valid URL: " + Secrets.displayUrl(raw));
    }
    String scheme = uri.getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "AmbaConfig: apiUrl must be an absolute http(s) URL such as " + DEFAULT_API_URL + ", got "
              + Secrets.displayUrl(raw));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("AmbaConfig: apiUrl must not have a query or fragment: "
          + Secrets.displayUrl(raw));
    }
    if (uri.getPath() != null && (uri.getPath().endsWith("/v1"))) {
      throw new IllegalArgumentException(
          "AmbaConfig: apiUrl is the API root; the SDK appends /v1 itself. Drop /v1 from " + Secrets.displayUrl(raw));
    }
    return uri;
  }

  /** Builds an {@link AmbaConfig}; only project id and client key are required. */
  public static final class Builder {
    private String projectId;
    private String clientKey;
    private String serverKey;
    private String pat;
    private String apiUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private long maxResponseBytes = 64L * 1024 * 1024;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpClient httpClient;
    private java.util.concurrent.Executor executor;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private boolean fromEnvironment;
    private final java.util.List<AmbaListener> listeners = new java.util.ArrayList<>();
    private Duration sessionCacheTtl = DEFAULT_SESSION_CACHE_TTL;

    private Builder() {}

    /**
     * The project's id; required.
     *
     * @param projectId the project id from the console; checked by {@link #build()}
     * @return this builder
     */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /**
     * The project's client key; required.
     *
     * @param clientKey the client key; checked by {@link #build()}
     * @return this builder
     */
    public Builder clientKey(String clientKey) {
      this.clientKey = clientKey;
      return this;
    }

    /**
     * The project's server key; needed for {@code asUser} and every admin call.
     *
     * @param serverKey the server key; null or blank clears it
     * @return this builder
     */
    public Builder serverKey(String serverKey) {
      this.serverKey = serverKey;
      return this;
    }

    /**
     * The developer PAT, for the admin routes that refuse a server key: email templates, sends,
     * deliveries and suppressions, and experiments. Without one those calls fail before anything
     * is sent; every other call ignores it. Null or blank clears it.
     *
     * @param pat the personal access token, or null
     * @return this builder
     */
    public Builder pat(String pat) {
      this.pat = pat;
      return this;
    }

    /**
     * The API root; defaults to {@value AmbaConfig#DEFAULT_API_URL}.
     *
     * @param apiUrl an absolute http or https URL, with or without a trailing slash; checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code apiUrl} is null
     */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
      return this;
    }

    /**
     * How long opening a connection may take (the SDK's own HTTP client only).
     *
     * @param connectTimeout the timeout, positive; checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code connectTimeout} is null
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * How long one attempt may take.
     *
     * @param requestTimeout the timeout, positive; checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code requestTimeout} is null
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * The largest answer body accepted, 64 MiB by default.
     *
     * @param maxResponseBytes the limit, 1 KiB to 2 GiB; checked by {@link #build()}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Which failures are retried, how often and how far apart.
     *
     * @param retryPolicy the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     * @throws NullPointerException if {@code retryPolicy} is null
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Uses the caller's HTTP client (proxy, TLS, executor settings). The SDK then never closes it,
     * and {@link #connectTimeout(Duration)} is the caller's business.
     *
     * @param httpClient the client; it must not follow redirects ({@link #build()} refuses one that does)
     * @return this builder
     * @throws NullPointerException if {@code httpClient} is null
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Runs {@code async(...)} calls on the caller's executor, which the SDK then never shuts down.
     * Without one the client starts its own on first use: a virtual thread per call on Java 21+, a
     * pool of daemon threads on 17.
     *
     * @param executor the executor
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder executor(java.util.concurrent.Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The clock used to read HTTP-date {@code Retry-After} values and to age the session cache of
     * {@code auth().verifySession}; replace it in tests.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How the SDK waits between retries; replace it in tests so nothing really sleeps.
     *
     * @param sleeper the sleeper
     * @return this builder
     * @throws NullPointerException if {@code sleeper} is null
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Adds a listener told of every call and attempt (see {@link AmbaListener}); call it once per
     * listener. They are told in the order they were added.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(AmbaListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How long a session token that {@code auth().verifySession} verified is trusted without asking
     * Amba again (60 seconds by default), bounded by the token's own expiry when Amba names it. A
     * session revoked on the server may still pass for this long; zero turns the cache off. Time is
     * read from {@link #clock(Clock)}.
     *
     * @param ttl the bound; zero or more
     * @return this builder
     * @throws NullPointerException if {@code ttl} is null; a negative one fails {@link #build()}
     */
    public Builder sessionCacheTtl(Duration ttl) {
      this.sessionCacheTtl = Objects.requireNonNull(ttl, "sessionCacheTtl");
      return this;
    }

    /**
     * The configuration, every setting checked.
     *
     * @return the immutable configuration
     * @throws IllegalStateException naming the missing setting (and its environment variable)
     * @throws IllegalArgumentException for a malformed API URL, project id or key, a non-positive timeout,
     *     a response limit outside 1 KiB to 2 GiB, a negative session cache TTL, or an HTTP client that
     *     follows redirects
     */
    public AmbaConfig build() {
      return new AmbaConfig(this);
    }

    @Override
    public String toString() {
      return "AmbaConfig.Builder{projectId=" + projectId + (fromEnvironment ? ", fromEnvironment" : "") + '}';
    }
  }
}
