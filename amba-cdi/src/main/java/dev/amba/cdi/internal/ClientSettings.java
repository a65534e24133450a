package dev.amba.cdi.internal;

import dev.amba.AmbaConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/** Reads one client's settings from MicroProfile Config, naming every bad key at once. */
public final class ClientSettings {

  public static final String ROOT = "amba.";
  public static final String CLIENTS = "amba.clients";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private ClientSettings() {}

  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The key prefix of a client: {@code amba.} for the default one, {@code amba.clients.<name>.} otherwise. */
  public static String prefix(String name) {
    return name == null ? ROOT : CLIENTS + '.' + name + '.';
  }

  public static String describe(String name) {
    return name == null ? "the default Amba client" : "the Amba client named '" + name + "'";
  }

  /**
   * Whether any of the client's credentials is set, i.e. the application means to configure it; the
   * API URL and timeouts alone do not count, since named clients share them.
   */
  public static boolean isConfigured(Config config, String name) {
    String prefix = prefix(name);
    for (String key : List.of("project-id", "client-key", "server-key")) {
      if (value(config, prefix + key).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @throws InvalidSettingsException listing each missing or malformed key, with its environment
   *     variable
   */
  public static AmbaConfig read(Config config, String name) {
    String prefix = prefix(name);
    List<String> missing = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Optional<String> projectId = required(config, prefix + "project-id", missing);
    Optional<String> clientKey = required(config, prefix + "client-key", missing);
    Optional<String> serverKey = value(config, prefix + "server-key");
    Optional<String> pat = value(config, prefix + "pat");
    // Credentials are the client's own; only where the API lives and how long to wait are shared.
    String apiUrlKey = inherited(config, prefix, "api-url", name);
    String connectKey = inherited(config, prefix, "connect-timeout", name);
    String requestKey = inherited(config, prefix, "request-timeout", name);
    Duration connect = duration(config, connectKey, invalid);
    Duration request = duration(config, requestKey, invalid);

    Optional<String> apiUrl = value(config, apiUrlKey);
    // Each value is checked on its own, so the message names the key it came from; AmbaConfig's
    // messages never show a key's value.
    check(apiUrl, apiUrlKey, invalid, (b, url) -> b.apiUrl(url));
    check(projectId, prefix + "project-id", invalid, (b, id) -> b.projectId(id));
    check(clientKey, prefix + "client-key", invalid, (b, key) -> b.clientKey(key));
    check(serverKey, prefix + "server-key", invalid, (b, key) -> b.serverKey(key));
    check(pat, prefix + "pat", invalid, (b, key) -> b.pat(key));
    if (!missing.isEmpty() || !invalid.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("needs " + String.join(", ", missing));
      }
      if (!invalid.isEmpty()) {
        parts.add("has an invalid setting: " + String.join("; ", invalid));
      }
      throw new InvalidSettingsException("amba-cdi: " + describe(name) + " " + String.join(" and ", parts));
    }
    AmbaConfig.Builder builder = AmbaConfig.builder().projectId(projectId.get()).clientKey(clientKey.get());
    serverKey.ifPresent(builder::serverKey);
    pat.ifPresent(builder::pat);
    apiUrl.ifPresent(builder::apiUrl);
    if (connect != null) {
      builder.connectTimeout(connect);
    }
    if (request != null) {
      builder.requestTimeout(request);
    }
    return builder.build();
  }

  /** The MicroProfile environment variable for a key: {@code amba.api-url} is {@code AMBA_API_URL}. */
  public static String environmentVariable(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (char c : key.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return sb.toString();
  }

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
        d = Duration.parse(s.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a duration (use 30s, 500ms, 2m or PT30S)", e);
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("'" + text + "' is not a positive duration");
    }
    return d;
  }

  private static String inherited(Config config, String prefix, String key, String name) {
    if (name != null && value(config, prefix + key).isEmpty()) {
      return ROOT + key;
    }
    return prefix + key;
  }

  private static void check(Optional<String> value, String key, List<String> invalid,
      java.util.function.BiConsumer<AmbaConfig.Builder, String> setting) {
    value.ifPresent(v -> {
      AmbaConfig.Builder b = AmbaConfig.builder().projectId("check").clientKey("check");
      setting.accept(b, v);
      try {
        b.build();
      } catch (IllegalArgumentException e) {
        invalid.add(withEnv(key) + ": " + e.getMessage());
      }
    });
  }

  private static Optional<String> required(Config config, String key, List<String> missing) {
    Optional<String> v = value(config, key);
    if (v.isEmpty()) {
      missing.add(withEnv(key));
    }
    return v;
  }

  private static Duration duration(Config config, String key, List<String> invalid) {
    Optional<String> v = value(config, key);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return parseDuration(v.get());
    } catch (IllegalArgumentException e) {
      invalid.add(withEnv(key) + ": " + e.getMessage());
      return null;
    }
  }

  public static Optional<String> value(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static String withEnv(String key) {
    return key + " (or " + environmentVariable(key) + ")";
  }

  /** A client's settings are missing or malformed; the message names each key. */
  public static final class InvalidSettingsException extends IllegalStateException {
    InvalidSettingsException(String message) {
      super(message);
    }
  }
}
