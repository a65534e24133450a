package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.EmulatorEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.EmulatorClock;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * {@code POST /_emulator/clock {now?, advance_seconds?}} (amba-api-modules.md M3): moves the
 * emulator's clock forward, to an instant or by a number of seconds, and answers the new time. No
 * credential, as the emulator listens on loopback only; a request from elsewhere is refused all
 * the same, since it would move time for every project.
 */
public final class ClockRoutes implements RouteModule {
  /** Ten years: far enough for any test, near enough that no instant overflows. */
  private static final long MAX_ADVANCE_SECONDS = 10L * 366 * 24 * 3600;
  private static final Set<String> FIELDS = Set.of("now", "advance_seconds");

  private final EmulatorClock clock;

  public ClockRoutes(EmulatorClock clock) {
    this.clock = clock;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EmulatorEndpoints.CLOCK, this::move);
    // What the console shows; reading the time tells nothing about any project.
    routes.on(EmulatorEndpoints.CONSOLE_CLOCK,
        (request, caller) -> ApiResponse.ok(JsonIo.object().add("now", Times.format(clock.instant())).build()));
  }

  private ApiResponse move(ApiRequest request, Caller caller) {
    if (!request.fromLoopback()) {
      throw ApiException.forbidden("loopback_only", "the emulator's clock moves only from this machine");
    }
    JsonObject body = request.jsonObjectOrEmpty();
    FieldErrors errors = new FieldErrors("invalid_input");
    errors.unknownFields(body, FIELDS);
    String nowText = JsonFields.string(body, "now", false, errors);
    Instant now = null;
    if (nowText != null) {
      now = Times.parseOrNull(nowText);
      if (now == null) {
        errors.add("now", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
      }
    }
    Long seconds = null;
    JsonValue advance = body.get("advance_seconds");
    if (!JsonFields.absent(advance)) {
      BigDecimal n = advance.getValueType() == JsonValue.ValueType.NUMBER
          ? ((JsonNumber) advance).bigDecimalValue() : null;
      if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0
          || n.compareTo(BigDecimal.valueOf(MAX_ADVANCE_SECONDS)) > 0) {
        errors.add("advance_seconds", "must be a whole number of seconds from 0 to " + MAX_ADVANCE_SECONDS);
      } else {
        seconds = n.longValueExact();
      }
    }
    if (nowText != null && !JsonFields.absent(advance)) {
      errors.add("$", "give now or advance_seconds, not both");
    }
    errors.throwIfAny();
    Instant after;
    try {
      after = now != null ? clock.set(now) : clock.advance(Duration.ofSeconds(seconds == null ? 0 : seconds));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("clock_backwards", e.getMessage());
    }
    return ApiResponse.ok(JsonIo.object().add("now", Times.format(after)).build());
  }
}
