package dev.amba.internal;

import java.util.List;
import java.util.Objects;

/** Keeps keys and tokens out of strings that may be logged or shown. */
public final class Secrets {

  private final List<String> values;

  public Secrets(List<String> secretValues) {
    this.values = secretValues.stream().filter(Objects::nonNull).filter(s -> s.length() >= 6).toList();
  }

  /**
   * Shows only a key's kind, never its secret part: {@code amb_dev_sk_abc123} becomes {@code
   * amb_dev_sk_****}. Values without an {@code amb_} prefix show nothing at all.
   */
  public static String redact(String secret) {
    if (secret == null) {
      return "null";
    }
    if (secret.startsWith("amb_")) {
      int cut = secret.lastIndexOf('_');
      // Prefixes are at most amb_<env>_<kind>_; a longer one would mean an odd key, so hide all of it.
      if (cut > 0 && cut <= 16) {
        return secret.substring(0, cut + 1) + "****";
      }
    }
    return "****";
  }

  /** Replaces every configured secret found in {@code text} by its redacted form. */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : values) {
      if (out.contains(s)) {
        out = out.replace(s, redact(s));
      }
    }
    return out;
  }
}
