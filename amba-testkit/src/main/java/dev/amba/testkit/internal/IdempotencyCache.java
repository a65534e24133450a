package dev.amba.testkit.internal;

import dev.amba.internal.endpoint.Headers;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code Idempotency-Key} on every POST, as amba-api-modules.md M2 says: the first answer of a key
 * is kept for 24 hours (by the emulator's clock) and replayed, with {@value #REPLAYED}{@code :
 * true}, to every later request with the same key and the same body; another body is 409
 * {@code idempotency_key_reused}. A key belongs to a project, a credential (the acting user, the
 * server key on the admin plane, or the client key alone), a method and a concrete path.
 *
 * <p>Kept: every answer the handler finished, success or typed 4xx, because either is the outcome
 * of that request and a replay must not turn into a different one. Not kept: 5xx, 408 and 429
 * (the SDK retries those with the same key, so they must run again), answers that never reached
 * the handler (authentication, injected faults), and file answers. The store lives in memory
 * only; a restart forgets every key, even with a data directory.
 */
public final class IdempotencyCache {
  /** Marks a replayed answer (M2 names no header; this is the one Stripe sends). */
  public static final String REPLAYED = "Idempotent-Replayed";
  static final String HEADER = Headers.IDEMPOTENCY_KEY.toLowerCase(java.util.Locale.ROOT);
  static final Duration TTL = Duration.ofHours(24);
  static final int MAX_ENTRIES = 10_000;
  static final long MAX_BYTES = 16L * 1024 * 1024;
  /** How long a request waits for the first call of its key before it is told 409. */
  static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(30);
  private static final int MAX_KEY_LENGTH = 255;

  private final Clock clock;
  private final int maxEntries;
  private final long maxBytes;
  private final Duration inFlightWait;
  private final Object lock = new Object();
  /** Oldest first: the store time, and so the expiry, of the head is the earliest. */
  private final LinkedHashMap<Scope, Kept> kept = new LinkedHashMap<>();
  private final Map<Scope, byte[]> running = new HashMap<>();
  private long bytes;

  public IdempotencyCache(Clock clock) {
    this(clock, MAX_ENTRIES, MAX_BYTES, IN_FLIGHT_WAIT);
  }

  IdempotencyCache(Clock clock, int maxEntries, long maxBytes, Duration inFlightWait) {
    this.clock = clock;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.inFlightWait = inFlightWait;
  }

  /** Where a key lives: two requests share a key only when all of these match. */
  record Scope(String projectId, String credential, String method, String path, String key) {}

  /**
   * Runs the route's handler for an authenticated request, or replays the answer its key already
   * has. A request without the header, or not a POST, just runs.
   */
  public ApiResponse run(RouteTable.Route route, ApiRequest request, Caller caller) throws Exception {
    Scope scope = scope(route, request, caller);
    if (scope == null) {
      return route.handler().handle(request, caller);
    }
    byte[] fingerprint = fingerprint(request);
    Kept replay = claim(scope, fingerprint);
    if (replay != null) {
      return replay.answer();
    }
    Kept outcome = null;
    try {
      ApiResponse response = route.handler().handle(request, caller);
      outcome = keepable(response);
      return response;
    } catch (ApiException e) {
      outcome = keepable(e);
      throw e;
    } finally {
      release(scope, fingerprint, outcome);
    }
  }

  /** The number of keys kept, for tests. */
  int size() {
    synchronized (lock) {
      return kept.size();
    }
  }

  private static Scope scope(RouteTable.Route route, ApiRequest request, Caller caller) {
    List<String> values = request.headers().get(HEADER);
    if (values == null || !route.method().equals("POST") || route.handler() instanceof Handler.StreamingBody) {
      return null;
    }
    if (caller.project() == null) {
      // No project to scope by: a public route would share keys across tenants. None is a POST.
      return null;
    }
    String key = values.size() == 1 ? values.get(0).trim() : null;
    if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiException.badRequest("invalid_idempotency_key",
          "Idempotency-Key must be one header of 1 to 255 visible ASCII characters");
    }
    String credential = caller.userId() != null ? "user " + caller.userId()
        : route.access() == Access.ADMIN || route.access() == Access.ADMIN_PAT ? "admin" : "client";
    return new Scope(caller.projectId(), credential, route.method(), request.path(), key);
  }

  /**
   * Returns the kept answer to replay, or null once this request owns the key; waits while
   * another request owns it.
   */
  private Kept claim(Scope scope, byte[] fingerprint) throws InterruptedException {
    // Wall time, not the emulator clock: this bounds a thread's wait, and a test's clock may stand still.
    long deadline = System.nanoTime() + inFlightWait.toNanos();
    synchronized (lock) {
      while (true) {
        Instant now = clock.instant();
        expire(now);
        Kept k = kept.get(scope);
        if (k != null && !now.isBefore(k.expiresAt())) {
          remove(scope);
          k = null;
        }
        if (k != null) {
          checkSameBody(k.fingerprint(), fingerprint);
          return k;
        }
        byte[] owner = running.get(scope);
        if (owner == null) {
          running.put(scope, fingerprint);
          return null;
        }
        checkSameBody(owner, fingerprint);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new ApiException(409, "idempotency_key_in_use",
              "the first request with this Idempotency-Key is still running; retry later");
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  private void release(Scope scope, byte[] fingerprint, Kept outcome) {
    synchronized (lock) {
      running.remove(scope);
      if (outcome != null) {
        long overhead = 64 + fingerprint.length + scope.projectId().length() + scope.credential().length()
            + scope.path().length() + scope.key().length();
        Kept k = outcome.at(fingerprint, clock.instant().plus(TTL), overhead);
        // One answer may not crowd out the rest; one too large is simply not kept.
        if (k.size() <= maxBytes / 16) {
          remove(scope);
          kept.put(scope, k);
          bytes += k.size();
          while (kept.size() > maxEntries || bytes > maxBytes) {
            remove(kept.keySet().iterator().next());
          }
        }
      }
      // Waiters of any key wake and look again: either a kept answer, or the key is free to run.
      lock.notifyAll();
    }
  }

  private void expire(Instant now) {
    Iterator<Map.Entry<Scope, Kept>> it = kept.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Scope, Kept> e = it.next();
      if (now.isBefore(e.getValue().expiresAt())) {
        return;
      }
      bytes -= e.getValue().size();
      it.remove();
    }
  }

  private void remove(Scope scope) {
    Kept k = kept.remove(scope);
    if (k != null) {
      bytes -= k.size();
    }
  }

  private static void checkSameBody(byte[] first, byte[] now) {
    if (!Arrays.equals(first, now)) {
      throw new ApiException(409, "idempotency_key_reused",
          "this Idempotency-Key was used with another request body; use a fresh key per operation");
    }
  }

  private static Kept keepable(ApiResponse response) {
    if (response == null || response.file() != null || !keptStatus(response.status())) {
      return null;
    }
    JsonValue body = response.body();
    if (body != null && body.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    long size = (body == null ? 0 : JsonIo.write(body).length()) + headerSize(response.headers());
    return new Kept(response.status(), (JsonObject) body, Map.copyOf(response.headers()), null, null, null, size);
  }

  private static Kept keepable(ApiException e) {
    if (!keptStatus(e.status())) {
      return null;
    }
    long size = e.code().length() + (e.getMessage() == null ? 0 : e.getMessage().length())
        + JsonIo.write(e.details()).length() + headerSize(e.headers());
    return new Kept(e.status(), null, null, e, null, null, size);
  }

  private static boolean keptStatus(int status) {
    return status < 500 && status != 408 && status != 429;
  }

  private static long headerSize(Map<String, String> headers) {
    long n = 0;
    for (Map.Entry<String, String> h : headers.entrySet()) {
      n += h.getKey().length() + h.getValue().length();
    }
    return n;
  }

  /** The request as the key's first call saw it: the query and the body, hashed. */
  private static byte[] fingerprint(ApiRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String query = request.rawQuery() == null ? "" : request.rawQuery();
      sha.update(query.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((request.body() == null ? "" : request.body()).getBytes(StandardCharsets.UTF_8));
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A kept first answer: a response (status, body, headers) or a typed error. */
  private record Kept(int status, JsonObject body, Map<String, String> headers, ApiException error,
      byte[] fingerprint, Instant expiresAt, long size) {

    Kept at(byte[] fingerprint, Instant expiresAt, long overhead) {
      return new Kept(status, body, headers, error, fingerprint, expiresAt, size + overhead);
    }

    /** A fresh answer each time: responses are mutable, and the request id is the replay's own. */
    ApiResponse answer() {
      if (error != null) {
        Map<String, String> h = new LinkedHashMap<>(error.headers());
        h.put(REPLAYED, "true");
        throw new ApiException(error.status(), error.code(), error.getMessage(), error.details(), h);
      }
      ApiResponse r = body == null ? ApiResponse.noContent() : ApiResponse.json(status, body);
      headers.forEach(r::header);
      return r.header(REPLAYED, "true");
    }
  }
}
