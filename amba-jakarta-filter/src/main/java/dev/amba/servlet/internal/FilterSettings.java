package dev.amba.servlet.internal;

import dev.amba.AmbaConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The filter's init-params, checked once at {@code init} so a typo fails the deployment. */
public final class FilterSettings {

  public static final String CLIENT_ATTRIBUTE = "client-attribute";
  public static final String PROJECT_ID = "project-id";
  public static final String CLIENT_KEY = "client-key";
  public static final String SERVER_KEY = "server-key";
  public static final String PAT = "pat";
  public static final String API_URL = "api-url";
  public static final String CONNECT_TIMEOUT = "connect-timeout";
  public static final String REQUEST_TIMEOUT = "request-timeout";
  public static final String USER_PRINCIPAL = "user-principal";
  public static final String USER_SESSION_ATTRIBUTE = "user-session-attribute";
  public static final String VERIFY_SESSION = "verify-session";
  public static final String SESSION_CACHE_TTL = "session-cache-ttl";

  /** Init-params that configure a client, with the variable each stands in for. */
  private static final Map<String, String> CLIENT_PARAMS = orderedMap(
      PROJECT_ID, AmbaConfig.ENV_PROJECT_ID,
      CLIENT_KEY, AmbaConfig.ENV_CLIENT_KEY,
      SERVER_KEY, AmbaConfig.ENV_SERVER_KEY,
      PAT, AmbaConfig.ENV_PAT,
      API_URL, AmbaConfig.ENV_API_URL,
      CONNECT_TIMEOUT, "",
      REQUEST_TIMEOUT, "",
      SESSION_CACHE_TTL, "");

  private static final List<String> KNOWN = List.of(CLIENT_ATTRIBUTE, PROJECT_ID, CLIENT_KEY, SERVER_KEY, PAT, API_URL,
      CONNECT_TIMEOUT, REQUEST_TIMEOUT, SESSION_CACHE_TTL, USER_PRINCIPAL, USER_SESSION_ATTRIBUTE, VERIFY_SESSION);

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private final String filterName;
  private final Map<String, String> values;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration sessionCacheTtl;
  private final boolean userPrincipal;
  private final boolean verifySession;

  private FilterSettings(String filterName, Map<String, String> values) {
    this.filterName = filterName;
    this.values = values;
    this.connectTimeout = duration(CONNECT_TIMEOUT);
    this.requestTimeout = duration(REQUEST_TIMEOUT);
    this.sessionCacheTtl = duration(SESSION_CACHE_TTL);
    this.userPrincipal = flag(USER_PRINCIPAL);
    this.verifySession = flag(VERIFY_SESSION);
    String session = values.get(USER_SESSION_ATTRIBUTE);
    if (session != null && session.isBlank()) {
      throw new IllegalStateException(prefix() + "init-param " + USER_SESSION_ATTRIBUTE + " must name a session attribute");
    }
  }

  public static FilterSettings read(String filterName, Supplier<Enumeration<String>> names,
      Function<String, String> value) {
    Map<String, String> values = new HashMap<>();
    Enumeration<String> all = names.get();
    List<String> unknown = new ArrayList<>();
    while (all != null && all.hasMoreElements()) {
      String name = all.nextElement();
      if (!KNOWN.contains(name)) {
        unknown.add(name);
        continue;
      }
      String v = value.apply(name);
      if (v != null && !v.isBlank()) {
        values.put(name, v.strip());
      }
    }
    if (!unknown.isEmpty()) {
      Collections.sort(unknown);
      throw new IllegalStateException("AmbaFilter '" + filterName + "': unknown init-param " + unknown
          + "; the known ones are " + KNOWN);
    }
    return new FilterSettings(filterName, values);
  }

  public String filterName() {
    return filterName;
  }

  public String clientAttribute() {
    return values.get(CLIENT_ATTRIBUTE);
  }

  public boolean hasClientSettings() {
    return !clientSettingNames().isEmpty();
  }

  /** The client init-params that are set; names only, since some hold keys. */
  public List<String> clientSettingNames() {
    List<String> set = new ArrayList<>();
    for (String name : CLIENT_PARAMS.keySet()) {
      if (values.containsKey(name)) {
        set.add(name);
      }
    }
    return set;
  }

  public boolean userPrincipal() {
    return userPrincipal;
  }

  /** Whether {@code verify-session=true}: the caller's user comes from a verified Amba session token. */
  public boolean verifySession() {
    return verifySession;
  }

  public String userSessionAttribute() {
    return values.get(USER_SESSION_ATTRIBUTE);
  }

  /**
   * The settings for a client: the environment, overridden by the init-params that stand in for
   * its variables, plus the timeouts.
   *
   * @throws IllegalStateException naming each missing setting both ways
   * @throws IllegalArgumentException for a malformed value, naming where it came from
   */
  public AmbaConfig clientConfig(Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>(environment);
    List<String> missing = new ArrayList<>();
    CLIENT_PARAMS.forEach((param, variable) -> {
      if (!variable.isEmpty() && values.containsKey(param)) {
        merged.put(variable, values.get(param));
      }
    });
    for (String param : List.of(PROJECT_ID, CLIENT_KEY)) {
      String variable = CLIENT_PARAMS.get(param);
      String v = merged.get(variable);
      if (v == null || v.isBlank()) {
        missing.add(variable + " (or init-param " + param + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingSettingsException(missing);
    }
    AmbaConfig.Builder builder = AmbaConfig.builderFromEnvironment(merged);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    if (requestTimeout != null) {
      builder.requestTimeout(requestTimeout);
    }
    if (sessionCacheTtl != null) {
      builder.sessionCacheTtl(sessionCacheTtl);
    }
    // Each credential is checked on its own first, so the message names where the bad one came from
    // (an init-param or the environment); AmbaConfig's messages never show a key's value.
    for (String param : List.of(PROJECT_ID, CLIENT_KEY, SERVER_KEY, PAT)) {
      String variable = CLIENT_PARAMS.get(param);
      String v = merged.get(variable);
      if (v == null || v.isBlank()) {
        continue;
      }
      Map<String, String> alone = new HashMap<>(Map.of(AmbaConfig.ENV_PROJECT_ID, "check",
          AmbaConfig.ENV_CLIENT_KEY, "check"));
      alone.put(variable, v);
      try {
        AmbaConfig.fromEnvironment(alone);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(prefix() + e.getMessage() + " (from " + where(param, variable) + ")", e);
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix() + e.getMessage() + " (from " + where(API_URL, AmbaConfig.ENV_API_URL)
          + ")", e);
    }
  }

  private String where(String param, String variable) {
    return values.containsKey(param) ? "init-param " + param : variable;
  }

  /**
   * Reads {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601
   * ({@code PT30S}).
   */
  public static Duration parseDuration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE_DURATION.matcher(s);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      d = switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    } else {
      try {
        d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: '" + text + "' (use 30s, 500ms, 2m or PT30S)", e);
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("the duration must be positive, got '" + text + "'");
    }
    return d;
  }

  private Duration duration(String param) {
    String v = values.get(param);
    if (v == null) {
      return null;
    }
    try {
      return parseDuration(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(prefix() + "init-param " + param + ": " + e.getMessage(), e);
    }
  }

  private boolean flag(String param) {
    String v = values.get(param);
    if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw new IllegalStateException(prefix() + "init-param " + param + " must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private String prefix() {
    return "AmbaFilter '" + filterName + "': ";
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Thrown when neither the init-params nor the environment name a project and its client key. */
  public static final class MissingSettingsException extends IllegalStateException {
    private final List<String> missing;

    MissingSettingsException(List<String> missing) {
      super("missing " + String.join(", ", missing));
      this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
      return missing;
    }
  }
}
