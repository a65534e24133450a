package dev.amba.ai;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A call to a prompt managed in Amba: its slug, the values of its {@code {{name}}} placeholders,
 * and optional overrides of the prompt's defaults. Immutable: each method returns a new request.
 *
 * <pre>{@code
 * AiRequest.prompt("support_assistant").variable("user_query", q).maxTokens(1024)
 * }</pre>
 */
public final class AiRequest {

  /** The longest slug the API accepts. */
  public static final int MAX_SLUG_LENGTH = 64;

  private final String slug;
  private final Map<String, String> variables;
  private final Integer maxTokens;
  private final Double temperature;
  private final Boolean promptCache;

  private AiRequest(String slug, Map<String, String> variables, Integer maxTokens, Double temperature,
      Boolean promptCache) {
    this.slug = slug;
    this.variables = variables;
    this.maxTokens = maxTokens;
    this.temperature = temperature;
    this.promptCache = promptCache;
  }

  /**
   * A request for the prompt with this slug.
   *
   * @param slug lowercase letters, digits and underscores, starting with a letter, at most 64 characters
   */
  public static AiRequest prompt(String slug) {
    checkSlug(slug, "slug");
    return new AiRequest(slug, Map.of(), null, null, null);
  }

  /** Fills the placeholder {@code {{name}}}; a later value for the same name replaces the earlier. */
  public AiRequest variable(String name, String value) {
    checkVariableName(name);
    Objects.requireNonNull(value, () -> "value of variable " + name);
    Map<String, String> next = new LinkedHashMap<>(variables);
    next.put(name, value);
    return new AiRequest(slug, Collections.unmodifiableMap(next), maxTokens, temperature, promptCache);
  }

  /** Fills several placeholders. */
  public AiRequest variables(Map<String, String> values) {
    Objects.requireNonNull(values, "variables");
    AiRequest r = this;
    for (Map.Entry<String, String> e : values.entrySet()) {
      r = r.variable(e.getKey(), e.getValue());
    }
    return r;
  }

  /** The most tokens the answer may have; overrides the prompt's setting. */
  public AiRequest maxTokens(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
    }
    return new AiRequest(slug, variables, maxTokens, temperature, promptCache);
  }

  /** Sampling temperature, 0 to 2 (Anthropic models accept up to 1); overrides the prompt's setting. */
  public AiRequest temperature(double temperature) {
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature must be from 0 to 2, got " + temperature);
    }
    return new AiRequest(slug, variables, maxTokens, temperature, promptCache);
  }

  /** Asks the provider to cache the prompt's prefix (Anthropic prompt caching). */
  public AiRequest enablePromptCache(boolean enable) {
    return new AiRequest(slug, variables, maxTokens, temperature, enable);
  }

  public String slug() {
    return slug;
  }

  public Map<String, String> variables() {
    return variables;
  }

  public OptionalInt maxTokens() {
    return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
  }

  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  /** Whether prompt caching was asked for; null when left to the prompt. */
  public Boolean promptCache() {
    return promptCache;
  }

  /** The slug rule of amba-api.md section 10; the message names {@code argument}. */
  static void checkSlug(String slug, String argument) {
    if (slug == null || slug.isEmpty() || slug.length() > MAX_SLUG_LENGTH) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_SLUG_LENGTH + " characters, got "
          + (slug == null ? "null" : slug.length() + " characters"));
    }
    for (int i = 0; i < slug.length(); i++) {
      char c = slug.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (i > 0 && (c == '_' || (c >= '0' && c <= '9')));
      if (!ok) {
        throw new IllegalArgumentException(argument + " must be lowercase letters, digits and _ starting with a"
            + " letter, got \"" + slug + '"');
      }
    }
  }

  private static void checkVariableName(String name) {
    if (name == null || name.isEmpty() || name.length() > 128) {
      throw new IllegalArgumentException("variable name must be 1..128 characters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
      if (!ok) {
        throw new IllegalArgumentException("variable name must match [A-Za-z_][A-Za-z0-9_]* as in {{name}}, got \""
            + name + '"');
      }
    }
  }

  /** Variable values can be user data: only their names are shown. */
  @Override
  public String toString() {
    return "AiRequest{slug=" + slug + ", variables=" + variables.keySet() + ", maxTokens=" + maxTokens
        + ", temperature=" + temperature + '}';
  }
}
