package dev.amba.testkit;

import dev.amba.testkit.internal.FaultControl;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON rule of the emulator-only fault route into the same {@link Faults} calls a Java
 * test makes:
 *
 * <pre>{@code
 * {"kind": "status", "status": 503, "count": 2, "path_prefix": "/v1/client/events"}
 * {"kind": "reset_after", "fraction": 0.3, "seed": 7}
 * }</pre>
 *
 * kinds: {@code status} (status), {@code raw} (status, body, headers), {@code rate_limited}
 * (retry_after_seconds), {@code delay} (delay_ms), {@code hold}, {@code reset_before}, {@code reset_after},
 * {@code truncated}, {@code endless}; exactly one of {@code count} or {@code fraction} (with an
 * optional {@code seed}). A rule applies only to requests carrying a key of the project whose route
 * added it.
 *
 * <p>The state (GET, and the answer to POST) is {@code {pending, randomly_injected, held, rules}},
 * {@code rules} listing the project's rules still in force: {@code {kind, path_prefix, status?,
 * remaining}} for a counted one, {@code fraction} in place of {@code remaining} for a random one.
 *
 * <p>{@code hold} (count only) is {@link Faults#holdNext(int)}: the state's {@code held} says how
 * many requests wait, and DELETE, which resets the project's rules, is the release. No route of its
 * own: a caller releasing holds wants its other rules gone too, and one more route would be one more
 * emulator-only path to keep exempt from faults.
 */
final class FaultSpecs implements FaultControl {

  private static final Set<String> FIELDS = Set.of("kind", "count", "fraction", "seed", "path_prefix", "status",
      "body", "headers", "retry_after_seconds", "delay_ms");

  private final Faults faults;

  FaultSpecs(Faults faults) {
    this.faults = faults;
  }

  @Override
  public void add(String projectId, JsonObject spec) {
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(spec, FIELDS);
    String kind = JsonFields.string(spec, "kind", true, errors);
    String prefix = JsonFields.string(spec, "path_prefix", false, errors);
    if (prefix != null && !prefix.startsWith("/")) {
      errors.add("path_prefix", "starts with /");
    }
    boolean counted = spec.containsKey("count");
    boolean random = spec.containsKey("fraction");
    if (counted == random) {
      errors.add("count", "give exactly one of count or fraction");
    }
    if ("hold".equals(kind) && random) {
      errors.add("fraction", "a hold takes a count, not a fraction");
    }
    errors.throwIfAny();
    Faults project = faults.forProject(projectId);
    Faults target = prefix == null ? project : project.onlyFor(prefix);
    if ("hold".equals(kind)) {
      try {
        target.holdNext(number(spec, "count").intValueExact());
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw FieldErrors.single("count", e.getMessage());
      }
      return;
    }
    Fault fault;
    try {
      fault = fault(kind, spec);
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      throw FieldErrors.single("kind", "cannot build a '" + kind + "' fault from this rule: " + e.getMessage());
    }
    try {
      if (counted) {
        target.next(number(spec, "count").intValueExact(), fault);
      } else {
        long seed = spec.containsKey("seed") ? number(spec, "seed").longValueExact() : System.nanoTime();
        target.randomly(number(spec, "fraction").doubleValue(), seed, fault);
      }
    } catch (IllegalArgumentException | ArithmeticException | ClassCastException e) {
      throw FieldErrors.single(counted ? "count" : "fraction", e.getMessage());
    }
  }

  private static Fault fault(String kind, JsonObject spec) {
    return switch (kind) {
      case "status" -> Fault.status(number(spec, "status").intValueExact());
      case "raw" -> Fault.raw(number(spec, "status").intValueExact(),
          spec.containsKey("body") ? spec.getString("body") : "", headers(spec));
      case "rate_limited" -> Fault.rateLimited(Duration.ofSeconds(number(spec, "retry_after_seconds").longValueExact()));
      case "delay" -> Fault.delay(Duration.ofMillis(number(spec, "delay_ms").longValueExact()));
      case "reset_before" -> Fault.resetBeforeHandling();
      case "reset_after" -> Fault.resetAfterHandling();
      case "truncated" -> Fault.truncatedBody();
      case "endless" -> Fault.endlessBody();
      default -> throw new IllegalArgumentException("unknown kind; use status, raw, rate_limited, delay, "
          + "hold, reset_before, reset_after, truncated or endless");
    };
  }

  private static JsonNumber number(JsonObject spec, String key) {
    JsonValue v = spec.get(key);
    if (!(v instanceof JsonNumber n)) {
      throw new IllegalArgumentException(key + " must be a number");
    }
    return n;
  }

  private static Map<String, String> headers(JsonObject spec) {
    Map<String, String> out = new LinkedHashMap<>();
    if (spec.containsKey("headers")) {
      spec.getJsonObject("headers").forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
    }
    return out;
  }

  @Override
  public void reset(String projectId) {
    faults.forProject(projectId).reset();
  }

  @Override
  public JsonObject state(String projectId) {
    Faults project = faults.forProject(projectId);
    jakarta.json.JsonArrayBuilder rules = JsonIo.array();
    for (Faults.RuleView r : project.rules()) {
      jakarta.json.JsonObjectBuilder rule = JsonIo.object().add("kind", r.kind())
          .add("path_prefix", JsonIo.string(r.pathPrefix()));
      if (r.status() != null) {
        rule.add("status", r.status());
      }
      if (r.remaining() >= 0) {
        rule.add("remaining", r.remaining());
      } else {
        rule.add("fraction", r.fraction());
      }
      rules.add(rule);
    }
    return JsonIo.object().add("pending", project.pending()).add("randomly_injected", project.randomlyInjected())
        .add("held", project.held()).add("rules", rules).build();
  }
}
