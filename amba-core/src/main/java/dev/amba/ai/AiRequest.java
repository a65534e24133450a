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
   * @return a request without variables or overrides
   * @throws IllegalArgumentException if {@code slug} breaks that rule
   */
  public static AiRequest prompt(String slug) {
    checkSlug(slug, "slug");
    return new AiRequest(slug, Map.of(), null, null, null);
  }

  /**
   * Fills the placeholder {@code {{name}}}; a later value for the same name replaces the earlier.
   *
   * @param name the placeholder's name, matching {@code [A-Za-z_][A-Za-z0-9_]*}, at most 128
   *     characters
   * @param value the text to put in its place, not null; never shown by {@link #toString()}
   * @return a copy with the variable set
   * @throws IllegalArgumentException if {@code name} breaks that rule
   * @throws NullPointerException if {@code value} is null
   */
  public AiRequest variable(String name, String value) {
    checkVariableName(name);
    Objects.requireNonNull(value, () -> "value of variable " + name);
    Map<String, String> next = new LinkedHashMap<>(variables);
    next.put(name, value);
    return new AiRequest(slug, Collections.unmodifiableMap(next), maxTokens, temperature, promptCache);
  }

  /**
   * Fills several placeholders, as {@link #variable} does for each entry.
   *
   * @param values the texts by placeholder name
   * @return a copy with every variable set
   * @throws NullPointerException if {@code values} or one of its values is null
   * @throws IllegalArgumentException if a name breaks the placeholder rule
   */
  public AiRequest variables(Map<String, String> values) {
    Objects.requireNonNull(values, "variables");
    AiRequest r = this;
    for (Map.Entry<String, String> e : values.entrySet()) {
      r = r.variable(e.getKey(), e.getValue());
    }
    return r;
  }

  /**
   * The most tokens the answer may have; overrides the prompt's setting.
   *
   * @param maxTokens the answer's length limit, at least 1
   * @return a copy with the limit set
   * @throws IllegalArgumentException if {@code maxTokens} is below 1
   */
  public AiRequest maxTokens(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
    }
    return new AiRequest(slug, variables, maxTokens, temperature, promptCache);
  }

  /**
   * Sampling temperature, 0 to 2 (Anthropic models accept up to 1); overrides the prompt's setting.
   *
   * @param temperature the temperature, from 0 to 2
   * @return a copy with the temperature set
   * @throws IllegalArgumentException if {@code temperature} is outside 0 to 2, or NaN
   */
  public AiRequest temperature(double temperature) {
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature must be from 0 to 2, got " + temperature);
    }
    return new AiRequest(slug, variables, maxTokens, temperature, promptCache);
  }

  /**
   * Asks the provider to cache the prompt's prefix (Anthropic prompt caching).
   *
   * @param enable true to ask for caching, false to ask for none
   * @return a copy with the choice set
   */
  public AiRequest enablePromptCache(boolean enable) {
    return new AiRequest(slug, variables, maxTokens, temperature, enable);
  }

  /**
   * The prompt this request calls.
   *
   * @return the slug given to {@link #prompt}
   */
  public String slug() {
    return slug;
  }

  /**
   * The placeholder values, in the order first set.
   *
   * @return an unmodifiable map of name to value; empty when none were set
   */
  public Map<String, String> variables() {
    return variables;
  }

  /**
   * The answer length override.
   *
   * @return the limit, or empty to use the prompt's
   */
  public OptionalInt maxTokens() {
    return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
  }

  /**
   * The temperature override.
   *
   * @return the temperature, or empty to use the prompt's
   */
  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  /**
   * Whether prompt caching was asked for; null when left to the prompt.
   *
   * @return true or false as set with {@link #enablePromptCache}, or null when not set
   */
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
