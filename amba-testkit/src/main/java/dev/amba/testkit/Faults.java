package dev.amba.testkit;

import dev.amba.testkit.internal.FaultAction;
import dev.amba.testkit.internal.HoldGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The emulator's fault switch: makes the next requests fail, stall, wait until the test releases
 * them, or lose their connection, so tests can prove a client's retry and error handling.
 *
 * <p>Rules apply before authentication and routing, to every path (including {@code /health})
 * unless added through {@link #onlyFor(String)}, but never to the fault switch's own route nor to
 * the web console's routes ({@code /_emulator/console...} and the push deliveries it lists), so a
 * rule is met by the application's call, not by the console's refresh. They are consumed in the order they were added:
 * each request uses up one turn of the first rule that applies to its path, so
 * {@code failNext(2, 503).delayNext(1, d)} fails two requests, then delays the third. A request no
 * rule applies to is handled normally. Thread-safe.
 *
 * <p>Rules added here apply to every project. Rules added over HTTP, through the emulator-only route
 * {@code /v1/admin/projects/{p}/_emulator/faults}, apply only to requests carrying a key of that
 * project, so one project's tests cannot fail another's; they still count in {@link #pending()} and
 * go with {@link #reset()}.
 *
 * <pre>{@code
 * emulator.faults().onlyFor("/v1/client/events").failNext(2, 503);
 * emulator.faults().failNext(1, 502, "<html>Bad gateway</html>", Map.of("Content-Type", "text/html"));
 * }</pre>
 */
public final class Faults {
  private final Rules rules;
  private final String pathPrefix;
  /** The project whose requests this view's rules apply to; null for every request. */
  private final String projectId;

  Faults() {
    this(new Rules(), null, null);
  }

  private Faults(Rules rules, String pathPrefix, String projectId) {
    this.rules = rules;
    this.pathPrefix = pathPrefix;
    this.projectId = projectId;
  }

  /**
   * Answers the next {@code count} requests with exactly this status, body and headers: nothing
   * is added (no {@code X-Request-Id}, no {@code Content-Type} unless given). The body may be any
   * text, for example the documented error form
   * {@code {"error":{"code":"NOT_FOUND","message":"x","details":{}}}} or an HTML proxy page.
   *
   * @param count how many requests, at least 1
   * @param status 200 to 599 (a 2xx with a garbage body tests a client's decoding)
   * @param body the body, sent as UTF-8; null for none
   * @param headers the answer's headers; null for none
   * @return this switch, to chain further rules
   */
  public Faults failNext(int count, int status, String body, Map<String, String> headers) {
    checkStatus(status, 200);
    Map<String, String> copy = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    }
    return add(count, new FaultAction.RawAnswer(status,
        (body == null ? "" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8), copy));
  }

  /**
   * Answers the next {@code count} requests with the emulator's own typed error body for this
   * status (code {@code rate_limited} for 429, {@code tenant_unavailable} for 503, ...), with an
   * {@code X-Request-Id} header like every emulator error.
   *
   * @param count how many requests, at least 1
   * @param status 400 to 599
   * @return this switch, to chain further rules
   */
  public Faults failNext(int count, int status) {
    checkStatus(status, 400);
    return add(count, new FaultAction.TypedError(status));
  }

  /**
   * Holds each of the next {@code count} requests for {@code delay}, then handles it normally.
   *
   * @param count how many requests, at least 1
   * @param delay how long each request waits before it is handled
   * @return this switch, to chain further rules
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public Faults delayNext(int count, Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return add(count, new FaultAction.Delay(delay));
  }

  /**
   * Holds each of the next {@code count} requests until the returned {@link Hold} is released. A
   * held request is received as usual (routed, authenticated, its body read and recorded, so {@link
   * AmbaEmulator#awaitRequest} finds it while it waits), then waits; its handler runs only after the
   * release, so nothing it does is stored and no answer goes out before then (a refused request's
   * error waits too). Use it where a {@link #delayNext delay} would have to outlast the test.
   *
   * <p>Release it, or close it (try-with-resources): {@link #reset()} and closing the emulator also
   * release every hold. Over the emulator-only route the same rule is {@code {"kind": "hold",
   * "count": n}}: its state then reports {@code held}, and DELETE (the reset) is the release.
   *
   * @param count how many requests, at least 1
   * @return the hold, to wait until the requests are held and then to release them
   */
  public Hold holdNext(int count) {
    FaultAction.Hold action = new FaultAction.Hold(new HoldGate());
    synchronized (rules) {
      add(count, action);
      rules.holds.add(new ProjectGate(projectId, action.gate()));
    }
    String description = "the hold of the next " + count + " requests"
        + (pathPrefix == null ? "" : " to " + pathPrefix + "…")
        + (projectId == null ? "" : " of project " + projectId);
    return new Hold(action.gate(), count, description, () -> endHold(action));
  }

  /**
   * Closes the connection of the next {@code count} requests without sending any answer.
   *
   * @param count how many requests, at least 1
   * @return this switch, to chain further rules
   */
  public Faults dropNext(int count) {
    return add(count, new FaultAction.Drop());
  }

  /**
   * Applies {@code fault} to the next {@code count} requests.
   *
   * @param count how many requests, at least 1
   * @param fault what happens to each of them
   * @return this switch, to chain further rules
   */
  public Faults next(int count, Fault fault) {
    return add(count, Objects.requireNonNull(fault, "fault").action());
  }

  /**
   * From now until {@link #reset()}, hits each request with probability {@code fraction} by one of
   * {@code faults}, picked at random. The choices come from a generator seeded with {@code seed}, so
   * a run injects the same sequence of faults each time (which request gets which still depends on
   * arrival order). Counted rules ({@code failNext}, {@code next}, ...) are consulted first.
   *
   * @param fraction the probability that a request is hit, above 0 and at most 1
   * @param seed the seed of the generator, so a failing run can be replayed
   * @param faults at least one fault, each equally likely
   * @return this switch, to chain further rules
   * @throws IllegalArgumentException if {@code fraction} is out of range or no fault is given
   */
  public Faults randomly(double fraction, long seed, Fault... faults) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
    }
    if (faults.length == 0) {
      throw new IllegalArgumentException("name at least one fault");
    }
    FaultAction[] actions = new FaultAction[faults.length];
    for (int i = 0; i < faults.length; i++) {
      actions[i] = Objects.requireNonNull(faults[i], "faults[" + i + "]").action();
    }
    synchronized (rules) {
      rules.random.add(new RandomRule(pathPrefix, projectId, fraction, new java.util.Random(seed), actions));
    }
    return this;
  }

  /**
   * How many faults the random rules have injected so far.
   *
   * @return the count over every random rule this view sees, since the last {@link #reset()}
   */
  public long randomlyInjected() {
    synchronized (rules) {
      long n = 0;
      for (RandomRule r : rules.random) {
        n += mine(r.project) ? r.injected : 0;
      }
      return n;
    }
  }

  /**
   * A view of this switch whose rules apply only to requests whose path (without the query)
   * starts with {@code pathPrefix}, e.g. {@code "/v1/client/events"}. Its rules join the same
   * ordered list as all others; {@link #reset()} on it clears every rule.
   *
   * @param pathPrefix the start of the paths concerned, beginning with {@code /}
   * @return the view; rules added to it apply only to those paths
   * @throws IllegalArgumentException if {@code pathPrefix} does not start with {@code /}
   */
  public Faults onlyFor(String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("a path prefix starts with /: " + pathPrefix);
    }
    return new Faults(rules, pathPrefix, projectId);
  }

  /**
   * A view whose rules apply only to requests that carry a key (client or server) of {@code
   * projectId}, and whose {@link #pending()}, {@link #randomlyInjected()} and {@link #reset()} see
   * only those rules: what the emulator-only route gives each project.
   */
  Faults forProject(String projectId) {
    return new Faults(rules, pathPrefix, java.util.Objects.requireNonNull(projectId, "projectId"));
  }

  /** A rule as the emulator-only route lists it; {@code remaining} is -1 for a random rule. */
  record RuleView(String kind, Integer status, String pathPrefix, int remaining, double fraction) {}

  /** This view's rules, counted ones first, each in the order added: what the console lists. */
  List<RuleView> rules() {
    synchronized (rules) {
      List<RuleView> out = new ArrayList<>();
      for (Rule r : rules.list) {
        if (mine(r.project)) {
          out.add(new RuleView(kind(r.action), status(r.action), r.prefix, r.remaining, 0));
        }
      }
      for (RandomRule r : rules.random) {
        if (mine(r.project)) {
          for (FaultAction action : r.actions) {
            out.add(new RuleView(kind(action), status(action), r.prefix, -1, r.fraction));
          }
        }
      }
      return out;
    }
  }

  /** The route's name for an action, the {@code kind} FaultSpecs reads. */
  private static String kind(FaultAction action) {
    if (action instanceof FaultAction.TypedError) {
      return "status";
    } else if (action instanceof FaultAction.RawAnswer) {
      return "raw";
    } else if (action instanceof FaultAction.RateLimited) {
      return "rate_limited";
    } else if (action instanceof FaultAction.Delay) {
      return "delay";
    } else if (action instanceof FaultAction.Hold) {
      return "hold";
    } else if (action instanceof FaultAction.Drop) {
      return "reset_before";
    } else if (action instanceof FaultAction.DropAfterHandling) {
      return "reset_after";
    } else if (action instanceof FaultAction.TruncatedBody) {
      return "truncated";
    }
    return "endless";
  }

  private static Integer status(FaultAction action) {
    if (action instanceof FaultAction.TypedError typed) {
      return typed.status();
    }
    return action instanceof FaultAction.RawAnswer raw ? raw.status() : null;
  }

  /**
   * How many requests the remaining rules will still affect.
   *
   * @return the turns left in the counted rules; a very large number while a random rule is active
   */
  public int pending() {
    synchronized (rules) {
      int n = rules.random.stream().anyMatch(r -> mine(r.project)) ? Integer.MAX_VALUE / 2 : 0;
      for (Rule r : rules.list) {
        n += mine(r.project) ? r.remaining : 0;
      }
      return n;
    }
  }

  /**
   * Removes every rule, including those added through {@link #onlyFor(String)} views, and releases
   * every {@link #holdNext(int) hold}.
   */
  public void reset() {
    List<HoldGate> released = new ArrayList<>();
    synchronized (rules) {
      rules.list.removeIf(r -> mine(r.project));
      rules.random.removeIf(r -> mine(r.project));
      rules.holds.removeIf(h -> mine(h.project) && released.add(h.gate));
    }
    released.forEach(HoldGate::open);
  }

  /** How many requests the holds of this view keep waiting now. */
  int held() {
    synchronized (rules) {
      int n = 0;
      for (ProjectGate h : rules.holds) {
        n += mine(h.project) ? h.gate.held() : 0;
      }
      return n;
    }
  }

  /** When the emulator closes: no request may stay held, whoever added the hold. */
  void releaseAll() {
    List<HoldGate> released = new ArrayList<>();
    synchronized (rules) {
      rules.holds.forEach(h -> released.add(h.gate));
      rules.holds.clear();
    }
    released.forEach(HoldGate::open);
  }

  /** A released hold takes no more requests: its rule goes, with its unused turns. */
  private void endHold(FaultAction.Hold action) {
    synchronized (rules) {
      rules.list.removeIf(r -> r.action == action);
      rules.holds.removeIf(h -> h.gate == action.gate());
    }
  }

  /**
   * Consumes one turn of the first rule for this request; null when none applies. {@code project}
   * names the project whose key the request carries (or null); it is asked only when a project's
   * rule could apply, since finding out costs a lookup.
   */
  FaultAction next(String path, Supplier<String> project) {
    Supplier<String> once = new Supplier<>() {
      private String id;
      private boolean asked;

      @Override
      public String get() {
        if (!asked) {
          id = project.get();
          asked = true;
        }
        return id;
      }
    };
    synchronized (rules) {
      for (Iterator<Rule> it = rules.list.iterator(); it.hasNext(); ) {
        Rule rule = it.next();
        if (!applies(rule.prefix, rule.project, path, once)) {
          continue;
        }
        if (--rule.remaining == 0) {
          it.remove();
        }
        return rule.action;
      }
      for (RandomRule rule : rules.random) {
        if (!applies(rule.prefix, rule.project, path, once)) {
          continue;
        }
        if (rule.random.nextDouble() < rule.fraction) {
          rule.injected++;
          return rule.actions[rule.random.nextInt(rule.actions.length)];
        }
      }
      return null;
    }
  }

  private static boolean applies(String prefix, String ruleProject, String path, Supplier<String> project) {
    return (prefix == null || path.startsWith(prefix))
        && (ruleProject == null || ruleProject.equals(project.get()));
  }

  /** Whether a rule of {@code ruleProject} belongs to this view: all of them, or one project's. */
  private boolean mine(String ruleProject) {
    return projectId == null || projectId.equals(ruleProject);
  }

  private Faults add(int count, FaultAction action) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    synchronized (rules) {
      rules.list.add(new Rule(pathPrefix, projectId, action, count));
    }
    return this;
  }

  private static void checkStatus(int status, int min) {
    if (status < min || status > 599) {
      throw new IllegalArgumentException("status must be from " + min + " to 599: " + status);
    }
  }

  @Override
  public String toString() {
    return "Faults[pending=" + pending() + (pathPrefix == null ? "" : ", onlyFor=" + pathPrefix)
        + (projectId == null ? "" : ", project=" + projectId) + "]";
  }

  /** The list shared by a switch and all its views; also their lock. */
  private static final class Rules {
    final List<Rule> list = new ArrayList<>();
    final List<RandomRule> random = new ArrayList<>();
    /** Holds not released yet, including those whose turns are used up but whose requests still wait. */
    final List<ProjectGate> holds = new ArrayList<>();
  }

  private record ProjectGate(String project, HoldGate gate) {}

  private static final class RandomRule {
    final String prefix;
    final String project;
    final double fraction;
    final java.util.Random random;
    final FaultAction[] actions;
    long injected;

    RandomRule(String prefix, String project, double fraction, java.util.Random random, FaultAction[] actions) {
      this.prefix = prefix;
      this.project = project;
      this.fraction = fraction;
      this.random = random;
      this.actions = actions;
    }
  }

  private static final class Rule {
    final String prefix;
    final String project;
    final FaultAction action;
    int remaining;

    Rule(String prefix, String project, FaultAction action, int remaining) {
      this.prefix = prefix;
      this.project = project;
      this.action = action;
      this.remaining = remaining;
    }
  }
}
