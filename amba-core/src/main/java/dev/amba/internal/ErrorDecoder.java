package dev.amba.internal;

import dev.amba.AmbaApiException;
import dev.amba.AmbaAuthenticationException;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaServerException;
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
final class ErrorDecoder {

  static final int TEXT_LIMIT = 2048;

  private ErrorDecoder() {}

  /** The parts of an error answer the SDK acts on. */
  record ApiError(
      int status, String code, String message, String requestId, Map<String, Object> details, Duration retryAfter) {

    Optional<String> tenantStatus() {
      Object s = details.get("tenant_status");
      return s instanceof String str ? Optional.of(str) : Optional.empty();
    }
  }

  static ApiError decode(HttpResult result, String sentRequestId, Clock clock) {
    int status = result.status();
    String headerRequestId = result.headers().firstValue(Routes.REQUEST_ID).orElse(null);
    String code = "http_" + status;
    String message;
    String requestId = headerRequestId;
    Map<String, Object> details = Map.of();
    JsonObject error = parseErrorObject(result.body());
    if (error != null) {
      code = string(error, "code").or(() -> string(error, "kind")).orElse(code);
      message = string(error, "message").orElse("(no message)");
      if (requestId == null) {
        requestId = string(error, "request_id").orElse(null);
      }
      JsonValue d = error.get("details");
      if (d != null && d.getValueType() == JsonValue.ValueType.OBJECT) {
        details = JsonValues.toMap(d.asJsonObject());
      }
    } else if (result.body().length == 0) {
      message = "HTTP " + status + " with an empty body";
    } else {
      message = "HTTP " + status + ": " + text(result.body());
    }
    Duration retryAfter = retryAfterHeader(result, clock);
    if (retryAfter == null && details.get("retry_after_seconds") instanceof Number n && n.doubleValue() >= 0) {
      retryAfter = Duration.ofMillis((long) (n.doubleValue() * 1000));
    }
    return new ApiError(status, code, message, requestId == null ? sentRequestId : requestId, details, retryAfter);
  }

  static AmbaApiException toException(ApiError e, Secrets secrets) {
    String message = secrets.scrub(e.message());
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
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static Optional<String> string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING
        ? Optional.of(((jakarta.json.JsonString) v).getString())
        : Optional.empty();
  }

  private static String text(byte[] body) {
    int n = Math.min(body.length, TEXT_LIMIT);
    String s = new String(body, 0, n, StandardCharsets.UTF_8);
    // A multi-byte character cut in half decodes to U+FFFD; drop it rather than show garbage.
    if (n < body.length && s.endsWith("\uFFFD")) {
      s = s.substring(0, s.length() - 1);
    }
    return n < body.length ? s + "…" : s;
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
