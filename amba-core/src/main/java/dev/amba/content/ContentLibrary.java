package dev.amba.content;

import java.time.Instant;
import java.util.Map;

/**
 * A library of content items.
 *
 * @param id the library's id
 * @param name its display name
 * @param slug the library's channel name and path value: {@code ^[a-z][a-z0-9_]*$}, unique in the project
 * @param contentSchema the app's own description of its items, or null
 * @param itemCount how many items it holds, inactive ones included; null where the answer does not say
 * @param description what it holds, or null
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record ContentLibrary(
    String id,
    String name,
    String slug,
    String description,
    Map<String, Object> contentSchema,
    Long itemCount,
    Instant createdAt,
    Instant updatedAt) {}
