package dev.amba.spring.internal;

import dev.amba.AmbaConfig;
import dev.amba.spring.AmbaClientProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Turns one client's bound properties into an {@link AmbaConfig} builder, naming every missing or
 * malformed key at once, by its property name (and, for the default client, its environment
 * variable), never by its value.
 */
public final class ClientSettings {

  public static final String ROOT = "amba";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private ClientSettings() {}

  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** {@code amba.} for the default client (null name), {@code amba.clients.<name>.} otherwise. */
  public static String prefix(String name) {
    return name == null ? ROOT + '.' : ROOT + ".clients." + name + '.';
  }

  public static String describe(String name) {
    return name == null ? "the default Amba client" : "the Amba client named '" + name + "'";
  }

  /** Whether any credential of the client is set; the URL and timeouts alone do not count. */
  public static boolean hasCredentials(AmbaClientProperties p) {
    return present(p.getProjectId()) || present(p.getClientKey()) || present(p.getServerKey());
  }

  /**
   * @param own the client's own properties
   * @param root {@code amba.*}, where a named client finds the API URL and timeouts it does not set
   * @throws InvalidSettingsException naming each missing or malformed key
   */
  public static AmbaConfig.Builder builder(String name, AmbaClientProperties own, AmbaClientProperties root) {
    String prefix = prefix(name);
    List<String> missing = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    if (name != null && !isValidName(name)) {
      invalid.add("'" + name + "' is not a client name: use 1 to 64 letters, digits, '-' and '_', starting with a letter or digit");
    }
    String projectId = required(own.getProjectId(), prefix + "project-id", missing);
    String clientKey = required(own.getClientKey(), prefix + "client-key", missing);
    // Only where the API lives and how long to wait are shared with amba.*; credentials never are.
    Shared<String> apiUrl = shared(name, own.getApiUrl(), root.getApiUrl(), "api-url");
    Shared<Duration> connect = shared(name, own.getConnectTimeout(), root.getConnectTimeout(), "connect-timeout");
    Shared<Duration> request = shared(name, own.getRequestTimeout(), root.getRequestTimeout(), "request-timeout");
    Shared<Duration> sessionTtl = shared(name, own.getSessionCacheTtl(), root.getSessionCacheTtl(), "session-cache-ttl");

    AmbaConfig.Builder builder = AmbaConfig.builder();
    apply(builder, apiUrl.value(), apiUrl.key(), invalid, AmbaConfig.Builder::apiUrl);
    apply(builder, projectId, prefix + "project-id", invalid, AmbaConfig.Builder::projectId);
    apply(builder, clientKey, prefix + "client-key", invalid, AmbaConfig.Builder::clientKey);
    apply(builder, own.getServerKey(), prefix + "server-key", invalid, AmbaConfig.Builder::serverKey);
    apply(builder, own.getPat(), prefix + "pat", invalid, AmbaConfig.Builder::pat);
    positive(connect.value(), connect.key(), invalid);
    positive(request.value(), request.key(), invalid);
    if (sessionTtl.value() != null && sessionTtl.value().isNegative()) {
      invalid.add(label(sessionTtl.key()) + ": must not be negative (0 asks Amba every time), got " + sessionTtl.value());
    }
    if (!missing.isEmpty() || !invalid.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("needs " + String.join(", ", missing));
      }
      if (!invalid.isEmpty()) {
        parts.add("has an invalid setting: " + String.join("; ", invalid));
      }
      throw new InvalidSettingsException(describe(name) + " " + String.join(" and ", parts)
          + "; set it in application.properties (or .yml) or the environment");
    }
    if (connect.value() != null) {
      builder.connectTimeout(connect.value());
    }
    if (request.value() != null) {
      builder.requestTimeout(request.value());
    }
    if (sessionTtl.value() != null) {
      builder.sessionCacheTtl(sessionTtl.value());
    }
    return builder;
  }

  /**
   * The variable Spring Boot's relaxed binding reads for a default client's key: {@code
   * amba.api-url} is {@code AMBA_API_URL}.
   */
  static String environmentVariable(String key) {
    return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** A setting a named client may take from {@code amba.*}, with the key it was read from. */
  private record Shared<T>(T value, String key) {}

  private static <T> Shared<T> shared(String name, T own, T root, String suffix) {
    boolean ownSet = own instanceof String text ? present(text) : own != null;
    if (name == null || ownSet) {
      return new Shared<>(own, prefix(name) + suffix);
    }
    return new Shared<>(root, prefix(null) + suffix);
  }

  private static String label(String key) {
    // A named client's map key has no portable environment form (it may hold '-'), so only the
    // default client's keys mention their variable.
    return key.startsWith(ROOT + ".clients.") ? key : key + " (or " + environmentVariable(key) + ")";
  }

  private static String required(String value, String key, List<String> missing) {
    if (!present(value)) {
      missing.add(label(key));
      return null;
    }
    return value;
  }

  /**
   * Sets one value on its own throw-away configuration first, so that AmbaConfig's message (which
   * names its builder method, never the value) is reported under the property it came from.
   */
  private static void apply(AmbaConfig.Builder target, String value, String key, List<String> invalid,
      BiConsumer<AmbaConfig.Builder, String> setter) {
    if (!present(value)) {
      return;
    }
    AmbaConfig.Builder alone = AmbaConfig.builder().projectId("probe").clientKey("probe");
    setter.accept(alone, value.strip());
    try {
      alone.build();
    } catch (IllegalArgumentException e) {
      invalid.add(label(key) + ": " + e.getMessage());
      return;
    }
    setter.accept(target, value.strip());
  }

  private static void positive(Duration d, String key, List<String> invalid) {
    if (d != null && (d.isZero() || d.isNegative())) {
      invalid.add(label(key) + ": must be a positive duration such as 10s or 500ms, got " + d);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** A setting of the starter is missing or malformed; the message names each key, never a value. */
  public static final class InvalidSettingsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(String message) {
      super("amba-spring-boot-starter: " + message);
    }
  }
}
