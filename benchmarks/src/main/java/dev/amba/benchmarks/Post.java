package dev.amba.benchmarks;

import java.time.Instant;
import java.util.List;

/** The caller's own row type that a page of collection rows is decoded into. */
public record Post(
    String id,
    String userId,
    String title,
    String status,
    long score,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt) {}
