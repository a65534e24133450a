package dev.amba.content;

import java.time.Instant;
import java.util.Map;

/**
 * A library of content items.
 *
 * @param slug the library's channel name and path value: {@code ^[a-z][a-z0-9_]*$}, unique in the project
 * @param contentSchema the app's own description of its items, or null
 * @param itemCount how many items it holds, inactive ones included; null where the answer does not say
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
