package dev.amba.ai;

import java.time.Instant;

/**
 * A saved prompt version.
 *
 * @param name the slug
 * @param version 1 for the first save, one more for each later save of the same slug
 * @param provider see {@link AiProvider}
 * @param model the provider's model id, such as {@code claude-sonnet-4-5}
 * @param systemPrompt the prompt text with its {@code {{name}}} placeholders
 * @param maxTokens the default answer length, or null for the service's default
 * @param temperature the default temperature, or null for the provider's
 * @param createdAt when this version was saved
 */
public record AiPrompt(
    String name,
    int version,
    String provider,
    String model,
    String systemPrompt,
    Integer maxTokens,
    Double temperature,
    Instant createdAt) {}
