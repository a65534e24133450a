package dev.amba.ai;

import dev.amba.internal.WireForms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A prompt to save under a slug. Saving the same slug again makes a new version; calls always use
 * the newest. Immutable.
 *
 * <pre>{@code
 * amba.ai().prompts().upsert(PromptDefinition.anthropic("support_assistant", "claude-sonnet-4-5",
 *     "You help customers of Acme. Question: {{user_query}}").maxTokens(1024));
 * }</pre>
 */
public final class PromptDefinition {

  static {
    WireForms.register(PromptDefinition.class, PromptDefinition::fields);
  }

  private final String name;
  private final String provider;
  private final String model;
  private final String systemPrompt;
  private final Integer maxTokens;
  private final Double temperature;

  private PromptDefinition(String name, String provider, String model, String systemPrompt, Integer maxTokens,
      Double temperature) {
    this.name = name;
    this.provider = provider;
    this.model = model;
    this.systemPrompt = systemPrompt;
    this.maxTokens = maxTokens;
    this.temperature = temperature;
  }

  /**
   * A prompt of any provider.
   *
   * @param name the slug callers use: lowercase letters, digits and underscores, starting with a letter, at most 64 characters
   * @param provider {@link AiProvider#ANTHROPIC}, {@link AiProvider#OPENAI}, or a newer provider's name
   * @param model the provider's model id, such as {@code claude-sonnet-4-5}; not blank
   * @param systemPrompt the prompt text; {@code {{name}}} placeholders are filled from each call's variables
   * @return the prompt to save, without default length or temperature
   * @throws IllegalArgumentException if {@code name} breaks the slug rule, or {@code provider},
   *     {@code model} or {@code systemPrompt} is null or blank
   */
  public static PromptDefinition of(String name, String provider, String model, String systemPrompt) {
    AiRequest.checkSlug(name, "name");
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("provider must not be blank");
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    if (systemPrompt == null || systemPrompt.isBlank()) {
      throw new IllegalArgumentException("systemPrompt must not be blank");
    }
    return new PromptDefinition(name, provider, model, systemPrompt, null, null);
  }

  /**
   * A prompt for {@link AiProvider#ANTHROPIC}.
   *
   * @param name the slug callers use: lowercase letters, digits and underscores, starting with a letter, at most 64 characters
   * @param model the provider's model id, such as {@code claude-sonnet-4-5}; not blank
   * @param systemPrompt the prompt text; {@code {{name}}} placeholders are filled from each call's variables; not
   *     blank
   * @return the prompt to save, without default length or temperature
   * @throws IllegalArgumentException if {@code name} breaks the slug rule, or {@code model} or
   *     {@code systemPrompt} is null or blank
   */
  public static PromptDefinition anthropic(String name, String model, String systemPrompt) {
    return of(name, AiProvider.ANTHROPIC, model, systemPrompt);
  }

  /**
   * A prompt for {@link AiProvider#OPENAI}.
   *
   * @param name the slug callers use: lowercase letters, digits and underscores, starting with a letter, at most 64 characters
   * @param model the provider's model id, such as {@code claude-sonnet-4-5}; not blank
   * @param systemPrompt the prompt text; {@code {{name}}} placeholders are filled from each call's variables; not
   *     blank
   * @return the prompt to save, without default length or temperature
   * @throws IllegalArgumentException if {@code name} breaks the slug rule, or {@code model} or
   *     {@code systemPrompt} is null or blank
   */
  public static PromptDefinition openai(String name, String model, String systemPrompt) {
    return of(name, AiProvider.OPENAI, model, systemPrompt);
  }

  /**
   * The default answer length of calls that set none.
   *
   * @param maxTokens the length limit in tokens, at least 1
   * @return a copy with the default set
   * @throws IllegalArgumentException if {@code maxTokens} is below 1
   */
  public PromptDefinition maxTokens(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
    }
    return new PromptDefinition(name, provider, model, systemPrompt, maxTokens, temperature);
  }

  /**
   * The default sampling temperature of calls that set none.
   *
   * @param temperature from 0 to 2 (Anthropic models accept up to 1)
   * @return a copy with the default set
   * @throws IllegalArgumentException if {@code temperature} is outside 0 to 2, or NaN
   */
  public PromptDefinition temperature(double temperature) {
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature must be from 0 to 2, got " + temperature);
    }
    return new PromptDefinition(name, provider, model, systemPrompt, maxTokens, temperature);
  }

  /**
   * The slug the prompt is saved under.
   *
   * @return the name given when it was made
   */
  public String name() {
    return name;
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("provider", provider);
    body.put("model", model);
    body.put("system_prompt", systemPrompt);
    if (maxTokens != null) {
      body.put("max_tokens", maxTokens);
    }
    if (temperature != null) {
      body.put("temperature", temperature);
    }
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PromptDefinition p && p.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, provider, model, systemPrompt, maxTokens, temperature);
  }

  @Override
  public String toString() {
    return "PromptDefinition{name=" + name + ", provider=" + provider + ", model=" + model + '}';
  }
}
