package dev.amba.internal;

import dev.amba.AmbaApiException;
import dev.amba.AmbaException;
import dev.amba.OffsetPage;
import dev.amba.Page;
import dev.amba.RequestOptions;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.Retry;
import dev.amba.internal.http.ApiRequest;
import dev.amba.internal.http.ErrorDecoder;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.http.Listeners;
import dev.amba.internal.http.RetryingTransport;
import dev.amba.internal.http.Scope;
import dev.amba.internal.util.Secrets;
import dev.amba.internal.util.WellFormedText;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns a namespace's call into an {@link ApiRequest}, sends it through the retrying transport, and
 * turns the answer into a value or an exception. Every namespace goes through here.
 */
public final class Api {

  private final RetryingTransport transport;
  private final Secrets secrets;
  private final Clock clock;
  private final Runnable ensureOpen;
  /** Null when the client has no listener: then a call does nothing more for them than test this. */
  private final Listeners listeners;

  Api(RetryingTransport transport, Secrets secrets, Clock clock, Runnable ensureOpen, Listeners listeners) {
    this.transport = transport;
    this.secrets = secrets;
    this.clock = clock;
    this.ensureOpen = ensureOpen;
    this.listeners = listeners;
  }

  /** What a pager needs to know of the answer behind a page, to name it in an error. */
  record Answer(String call, int status, String requestId) {}

  record Observed<V>(V value, Answer answer) {}

  // Set only while a pager fetches a page, on the thread that fetches it; empty otherwise.
  private static final ThreadLocal<Answer[]> OBSERVED = new ThreadLocal<>();

  /** Runs {@code fetch} and returns its value with the last successful answer it received (or null). */
  static <V> Observed<V> observe(Supplier<V> fetch) {
    Answer[] box = new Answer[1];
    Answer[] outer = OBSERVED.get();
    OBSERVED.set(box);
    try {
      V value = fetch.get();
      return new Observed<>(value, box[0]);
    } finally {
      if (outer == null) {
        OBSERVED.remove();
      } else {
        OBSERVED.set(outer);
      }
    }
  }

  /**
   * The error for a successful answer the SDK cannot use. {@code call} is the method and path,
   * already free of secrets; {@code requestId} the answer's, else the one sent.
   */
  static AmbaApiException unexpectedResponse(int status, String call, String what, String requestId) {
    return new AmbaApiException(status, "unexpected_response", call + ": " + what, requestId, Map.of(), null);
  }

  /**
   * A call to an endpoint whose credential names no user (none, the client key, the server key):
   * the scope follows from the endpoint alone.
   */
  public Call call(Endpoint endpoint, RequestOptions options, String... pathArgs) {
    return call(endpoint, null, options, pathArgs);
  }

  /**
   * A call made by a handle with a scope of its own (a user's, or the client key's for remote
   * config): the scope must be one the endpoint's credential admits.
   *
   * @throws IllegalStateException when it is not (an SDK bug: a user call without a user)
   */
  public Call call(Endpoint endpoint, Scope scope, RequestOptions options, String... pathArgs) {
    Scope checked = scopeFor(endpoint, scope);
    RequestOptions sent = options;
    if (endpoint.retry() == Retry.IDEMPOTENCY_ID && options.idempotencyKey().isEmpty()) {
      // One key per logical call, the same on every attempt (section 5.1): the call may then be
      // retried after a lost answer, and the server replays the first result instead of acting
      // twice. A key the caller set through RequestOptions wins.
      sent = options.withIdempotencyKey(UUID.randomUUID().toString());
    }
    Call call = new Call(endpoint.method(), endpoint.path(pathArgs), checked, sent);
    call.endpoint = endpoint;
    call.retrySafe = endpoint.retry() == Retry.BODY_IDS;
    return call;
  }

  /** The one place where an endpoint's credential becomes the scope of a call. */
  static Scope scopeFor(Endpoint endpoint, Scope given) {
    Scope scope = switch (endpoint.credential()) {
      case NONE -> given == null || given instanceof Scope.Anonymous ? Scope.NONE : null;
      case CLIENT_KEY, CLIENT_KEY_PROBE -> given == null || given instanceof Scope.ClientKey ? Scope.CLIENT_KEY : null;
      case SERVER_KEY -> given == null || given instanceof Scope.Admin ? Scope.ADMIN : null;
      case ADMIN_PAT -> given == null || given instanceof Scope.Developer ? Scope.DEVELOPER : null;
      case ACTING_USER -> given instanceof Scope.OnBehalfOf || given instanceof Scope.Session ? given : null;
      case CLIENT_KEY_OPTIONAL_USER -> given == null ? Scope.CLIENT_KEY
          : given instanceof Scope.OnBehalfOf || given instanceof Scope.ClientKey ? given : null;
      case PAT -> null;
    };
    if (scope == null) {
      throw new IllegalStateException(endpoint + " needs " + endpoint.credential() + ", not "
          + (given == null ? "no scope" : given.getClass().getSimpleName()));
    }
    return scope;
  }

  /** A call to an absolute URL outside the API, such as a presigned upload; see {@link ApiRequest.External}. */
  public Call external(String method, ApiRequest.External target, RequestOptions options) {
    Call call = new Call(method, target.display(), Scope.NONE, options);
    call.external = target;
    return call;
  }

  /** One call being put together. Not shared between threads. */
  public final class Call {
    private final String method;
    private final String path;
    private final Scope scope;
    private final RequestOptions options;
    private Map<String, String> query = Map.of();
    private Map<String, String> headers = Map.of();
    private Object body;
    private boolean retrySafe;
    private String requestId;
    private ApiRequest.External external;
    /** What a listener is told the call is; null for an external call. */
    private Endpoint endpoint;

    private Call(String method, String path, Scope scope, RequestOptions options) {
      this.method = method;
      this.path = path;
      this.scope = scope;
      this.options = options;
    }

    /** The encoded path, for messages; free of secrets. */
    public String path() {
      return path;
    }

    public Call query(String name, Object value) {
      if (value != null) {
        if (query.isEmpty()) {
          query = new LinkedHashMap<>();
        }
        query.put(name, WellFormedText.require(value.toString(), name));
      }
      return this;
    }

    /** A call-specific header such as {@code If-None-Match}; credentials never go through here. */
    public Call header(String name, String value) {
      if (headers.isEmpty()) {
        headers = new LinkedHashMap<>();
      }
      headers.put(name, value);
      return this;
    }

    /** A JSON body; encoded once, so every retry resends the same bytes. */
    public Call body(Object value) {
      this.body = value;
      return this;
    }

    public HttpResult send() {
      ensureOpen.run();
      byte[] bytes = body == null ? null : Json.encode(body);
      requestId = options.requestId().orElseGet(() -> UUID.randomUUID().toString());
      HttpResult result;
      ApiRequest request;
      if (listeners == null) {
        request = new ApiRequest(method, path, query, bytes, scope, retrySafe, requestId, options, headers, external);
        result = transport.send(request, 1);
        if (!result.isSuccess() && result.status() != 304) {
          throw failure(result, request);
        }
      } else {
        Listeners.Observation observation = external != null
            ? listeners.startExternal(method, external.uri(), requestId)
            : listeners.start(endpoint.name(), method, endpoint.template(), requestId);
        request = new ApiRequest(method, path, query, bytes, scope, retrySafe, requestId, options,
            observation.headers(headers), external);
        result = observed(request, observation);
      }
      Answer[] observed = OBSERVED.get();
      if (observed != null) {
        observed[0] = new Answer(method + " " + path, result.status(), answerRequestId(result));
      }
      return result;
    }

    /** Sends {@code request}, telling the listeners of each attempt and of the call's end. */
    private HttpResult observed(ApiRequest request, Listeners.Observation observation) {
      HttpResult result;
      try {
        result = transport.send(request, observation);
      } catch (RuntimeException e) {
        observation.ended(null, e);
        throw e;
      }
      if (!result.isSuccess() && result.status() != 304) {
        AmbaException error = failure(result, request);
        observation.ended(result, error);
        throw error;
      }
      observation.ended(result, null);
      return result;
    }

    private AmbaException failure(HttpResult result, ApiRequest request) {
      Secrets forThisCall = external == null ? secrets : secrets.with(external.secrets());
      if (scope instanceof Scope.Session session) {
        // A server may quote the bearer it refused; the session token is this call's secret.
        forThisCall = forThisCall.with(List.of(session.token()));
      }
      return ErrorDecoder.toException(ErrorDecoder.decode(result, request.requestId(), clock, forThisCall), forThisCall);
    }

    public <T> T data(Type type) {
      return data(send(), type);
    }

    /** The {@code data} of an answer already received, e.g. after checking for a 304. */
    public <T> T data(HttpResult result, Type type) {
      Json.DataEnvelope<T> envelope = decode(result, Json.parameterized(Json.DataEnvelope.class, type));
      if (envelope == null || envelope.data == null) {
        throw unexpected(result, "no \"data\" in the answer");
      }
      return envelope.data;
    }

    /** An answer that is the value itself, not wrapped in {@code data} (the AI proxy's provider JSON). */
    public <T> T unwrapped(Type type) {
      HttpResult result = send();
      T value = decode(result, type);
      if (value == null) {
        throw unexpected(result, "an empty answer");
      }
      return value;
    }

    public <T> OffsetPage<T> offsetPage(Type itemType) {
      HttpResult result = send();
      Json.OffsetEnvelope<T> envelope = decode(result, Json.parameterized(Json.OffsetEnvelope.class, itemType));
      if (envelope == null || envelope.data == null) {
        throw unexpected(result, "no \"data\" list in the answer");
      }
      return new OffsetPage<>(envelope.data, envelope.total, envelope.offset, envelope.limit);
    }

    public <T> Page<T> cursorPage(Type itemType) {
      return cursorPage(send(), itemType);
    }

    /** A cursor page of an answer already received, e.g. to decode it a second way after a failure. */
    public <T> Page<T> cursorPage(HttpResult result, Type itemType) {
      Json.CursorEnvelope<T> envelope = decode(result, Json.parameterized(Json.CursorEnvelope.class, itemType));
      if (envelope == null || envelope.data == null) {
        throw unexpected(result, "no \"data\" list in the answer");
      }
      return envelope.page();
    }

    public void noContent() {
      send();
    }

    private <E> E decode(HttpResult result, Type type) {
      try {
        return Json.decode(result.body(), type);
      } catch (WireIntegers.NotAnInteger e) {
        throw unexpected(result, e.getMessage());
      } catch (RuntimeException e) {
        if (Json.isJsonbFailure(e)) {
          throw unexpected(result, "the answer is not the JSON this SDK expects (" + e.getClass().getSimpleName() + ")");
        }
        throw e;
      }
    }

    private AmbaException unexpected(HttpResult result, String what) {
      return unexpectedResponse(result.status(), method + " " + path, what, answerRequestId(result));
    }

    private String answerRequestId(HttpResult result) {
      return result.headers().firstValue(Headers.REQUEST_ID).orElse(requestId);
    }
  }
}
