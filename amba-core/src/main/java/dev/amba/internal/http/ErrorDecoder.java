package dev.amba.internal.http;

import dev.amba.AmbaApiException;
import dev.amba.AmbaAuthenticationException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaServerException;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.util.JsonValues;
import dev.amba.internal.util.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an error answer in either form of amba-api.md section 3 (the documented {@code {error:
 * {code, message, details}}} and the typed form with {@code kind}, {@code status}, {@code
 * request_id}), or a body that is not JSON at all.
 */
public final class ErrorDecoder {

  static final int TEXT_LIMIT = 2048;

  private ErrorDecoder() {}

  /** The parts of an error answer the SDK acts on. */
  public record ApiError(
      int status, String code, String message, String requestId, Map<String, Object> details, Duration retryAfter) {

    Optional<String> tenantStatus() {
      Object s = details.get("tenant_status");
      return s instanceof String str ? Optional.of(str) : Optional.empty();
    }
  }

  /** For reading only the status-specific parts (retry hints); nothing of it is shown to anyone. */
  static ApiError decode(HttpResult result, String sentRequestId, Clock clock) {
    return decode(result, sentRequestId, clock, Secrets.NONE);
  }

  /**
   * Every string taken from the answer (code, message, request id, each string in details, map keys
   * too, and a text body's excerpt) is scrubbed of {@code secrets}: a server or proxy may echo the
   * Authorization header or a signed URL anywhere.
   */
  public static ApiError decode(HttpResult result, String sentRequestId, Clock clock, Secrets secrets) {
    int status = result.status();
    String headerRequestId = result.headers().firstValue(Headers.REQUEST_ID).orElse(null);
    String code = "http_" + status;
    String message;
    String requestId = headerRequestId;
    Map<String, Object> details = Map.of();
    JsonObject error;
    try {
      error = parseErrorObject(result.body());
      if (error != null) {
        JsonValue d = error.get("details");
        if (d != null && d.getValueType() == JsonValue.ValueType.OBJECT) {
          details = JsonValues.toMap(d.asJsonObject());
        }
      }
    } catch (RuntimeException unreadable) {
      // Parsson throws a bare RuntimeException past 1,000 levels of nesting; whatever the parser
      // cannot take is an answer this SDK does not understand, never an exception of the parser's.
      return new ApiError(status, "unexpected_response", "HTTP " + status + ": an error body this SDK cannot read ("
          + unreadable.getClass().getSimpleName() + ")", scrubbed(headerRequestId, sentRequestId, secrets), Map.of(),
          retryAfterHeader(result, clock));
    }
    if (error != null) {
      code = string(error, "code").or(() -> string(error, "kind")).orElse(code);
      message = string(error, "message").orElse("(no message)");
      if (requestId == null) {
        requestId = string(error, "request_id").orElse(null);
      }
    } else if (result.body().length == 0) {
      message = "HTTP " + status + " with an empty body";
    } else {
      message = "HTTP " + status + ": " + text(result.body(), secrets);
    }
    Duration retryAfter = retryAfterHeader(result, clock);
    if (retryAfter == null && details.get("retry_after_seconds") instanceof Number n && n.doubleValue() >= 0) {
      retryAfter = Duration.ofMillis((long) (n.doubleValue() * 1000));
    }
    return new ApiError(status, secrets.scrub(code), secrets.scrub(message), scrubbed(requestId, sentRequestId, secrets),
        secrets.scrubMap(details), retryAfter);
  }

  private static String scrubbed(String requestId, String sentRequestId, Secrets secrets) {
    return requestId == null ? sentRequestId : secrets.scrub(requestId);
  }

  /** Scrubs again, for an error decoded without the secrets; a no-op on one decoded with them. */
  public static AmbaApiException toException(ApiError raw, Secrets secrets) {
    ApiError e = new ApiError(raw.status(), secrets.scrub(raw.code()), secrets.scrub(raw.message()),
        secrets.scrub(raw.requestId()), secrets.scrubMap(raw.details()), raw.retryAfter());
    String message = e.message();
    int s = e.status();
    if (s == 400 || s == 422) {
      return new AmbaBadRequestException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s == 401) {
      return new AmbaAuthenticationException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s == 403) {
      return new AmbaPermissionException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s == 404) {
      return new AmbaNotFoundException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s == 409) {
      return new AmbaConflictException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s == 429) {
      return new AmbaRateLimitException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    if (s >= 500) {
      return new AmbaServerException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
    }
    return new AmbaApiException(s, e.code(), message, e.requestId(), e.details(), e.retryAfter());
  }

  private static JsonObject parseErrorObject(byte[] body) {
    if (body.length == 0 || body.length > 1_000_000) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue root = reader.readValue();
      if (root.getValueType() != JsonValue.ValueType.OBJECT) {
        return null;
      }
      JsonValue error = root.asJsonObject().get("error");
      if (error != null && error.getValueType() == JsonValue.ValueType.OBJECT) {
        return error.asJsonObject();
      }
      // Some gateways answer {"message": "..."} or {"error": "text"}: keep what is there.
      JsonObject o = root.asJsonObject();
      if (o.containsKey("message") || error != null) {
        var b = Json.createObjectBuilder();
        if (error != null && error.getValueType() == JsonValue.ValueType.STRING) {
          b.add("message", o.getString("error"));
        }
        o.forEach((k, v) -> {
          if (!k.equals("error")) {
            b.add(k, v);
          }
        });
        return b.build();
      }
      return null;
    } catch (JsonException | IllegalStateException notJson) {
      return null;
    }
  }

  private static Optional<String> string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING
        ? Optional.of(((jakarta.json.JsonString) v).getString())
        : Optional.empty();
  }

  /**
   * The first {@link #TEXT_LIMIT} characters, scrubbed before the cut (reading a little past it, so a
   * secret across the limit is still seen whole) and after it (where the cut may leave a secret's
   * first characters).
   */
  private static String text(byte[] body, Secrets secrets) {
    int n = (int) Math.min(body.length, (long) TEXT_LIMIT + secrets.maxEncodedLength());
    String s = new String(body, 0, n, StandardCharsets.UTF_8);
    // A multi-byte character cut in half decodes to U+FFFD; drop it rather than show garbage.
    if (n < body.length && s.endsWith("\uFFFD")) {
      s = s.substring(0, s.length() - 1);
    }
    boolean cut = n < body.length;
    s = secrets.scrub(s);
    if (s.length() > TEXT_LIMIT) {
      int keep = Character.isHighSurrogate(s.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
      s = secrets.scrub(s.substring(0, keep));
      cut = true;
    }
    return cut ? s + "…" : s;
  }

  /** {@code Retry-After} in seconds or as an HTTP-date; null when absent or unreadable. */
  static Duration retryAfterHeader(HttpResult result, Clock clock) {
    Optional<String> h = result.headers().firstValue("Retry-After");
    if (h.isEmpty()) {
      return null;
    }
    String v = h.get().strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
