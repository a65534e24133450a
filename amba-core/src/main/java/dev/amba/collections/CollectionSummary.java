package dev.amba.collections;

import java.time.Instant;

/** One entry of the collection list. */
public record CollectionSummary(String name, Instant createdAt) {}
