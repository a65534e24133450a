package dev.amba.internal.auth;

import dev.amba.RequestOptions;
import dev.amba.auth.VerifiedSession;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.http.Scope;
import dev.amba.users.AppUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code auth().verifySession}: one per client (shared by its views through {@link
 * ClientRuntime#shared}), so a token verified for one request is trusted by the next within the
 * bound. The cache is keyed by a SHA-256 hash of the token: a heap dump of a BFF must not hand out
 * its callers' sessions.
 */
public final class SessionVerifier {

  /** Tokens remembered at most; the oldest goes first past this, whatever its time left. */
  static final int MAX_ENTRIES = 10_000;
  /**
   * The longest token accepted. Amba's are JWTs of a few hundred characters; a bound keeps a hostile
   * header from costing a hash of megabytes.
   */
  static final int MAX_TOKEN = 8192;

  private static final class Entry {
    final VerifiedSession session;
    final Instant until;

    Entry(VerifiedSession session, Instant until) {
      this.session = session;
      this.until = until;
    }
  }

  private final Clock clock;
  private final Duration ttl;
  // Insertion order is expiry order for equal bounds, and a cheap eviction order otherwise. Held
  // only for map operations, never across the request.
  private final Map<String, Entry> cache;

  public SessionVerifier(Clock clock, Duration ttl) {
    this(clock, ttl, MAX_ENTRIES);
  }

  SessionVerifier(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.cache = new LinkedHashMap<>(64, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > maxEntries;
      }
    };
  }

  public VerifiedSession verify(ClientRuntime runtime, RequestOptions options, String sessionToken) {
    String token = check(sessionToken);
    runtime.ensureOpen();
    String key = hash(token);
    VerifiedSession hit = cached(key);
    if (hit != null) {
      return hit;
    }
    // A refused token ends here with the 401, before anything is cached.
    var call = runtime.api.call(UserEndpoints.ME, Scope.session(token), options);
    HttpResult result = call.send();
    AppUser user = call.data(result, AppUser.class);
    Instant expiresAt = expiresAt(result);
    VerifiedSession session = new VerifiedSession(user.id(), user, expiresAt);
    remember(key, session);
    return session;
  }

  /** The live cached result for a token's hash, or null; an outlived one is dropped. */
  VerifiedSession cached(String key) {
    Instant now = clock.instant();
    synchronized (cache) {
      Entry hit = cache.get(key);
      if (hit == null) {
        return null;
      }
      if (now.isBefore(hit.until)) {
        return hit.session;
      }
      cache.remove(key);
      return null;
    }
  }

  /** Keeps {@code session} until the earlier of its expiry and the bound; not at all when that is now. */
  void remember(String key, VerifiedSession session) {
    Instant now = clock.instant();
    Instant until = now.plus(ttl);
    if (session.expiresAt() != null && session.expiresAt().isBefore(until)) {
      until = session.expiresAt();
    }
    if (now.isBefore(until)) {
      synchronized (cache) {
        cache.put(key, new Entry(session, until));
      }
    }
  }

  /** The cache's keys, for tests: hashes, never tokens. */
  java.util.Set<String> keys() {
    synchronized (cache) {
      return java.util.Set.copyOf(cache.keySet());
    }
  }

  /** The token as sent, or the reason it cannot be; the messages never quote it. */
  static String check(String sessionToken) {
    Objects.requireNonNull(sessionToken, "sessionToken");
    if (sessionToken.isBlank()) {
      throw new IllegalArgumentException("sessionToken must not be blank");
    }
    String token = sessionToken.strip();
    if (token.length() > MAX_TOKEN) {
      throw new IllegalArgumentException("sessionToken must be at most " + MAX_TOKEN + " characters, got "
          + token.length());
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        // Refused here: the JDK's own "invalid header value" message would show the whole token.
        throw new IllegalArgumentException("sessionToken holds a character a header cannot carry at position "
            + (i + 1) + "; pass the token alone, without \"Bearer \"");
      }
    }
    return token;
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The expiry the answer names, if any; a value that does not parse is ignored, not trusted. */
  private static Instant expiresAt(HttpResult result) {
    return result.headers().firstValue(Headers.SESSION_EXPIRES_AT).map(v -> {
      try {
        return Instant.parse(v.strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }).orElse(null);
  }

  /** How many tokens are cached now, for tests. */
  int size() {
    synchronized (cache) {
      return cache.size();
    }
  }

  @Override
  public String toString() {
    return "SessionVerifier{ttl=" + ttl + ", cached=" + size() + '}';
  }
}
