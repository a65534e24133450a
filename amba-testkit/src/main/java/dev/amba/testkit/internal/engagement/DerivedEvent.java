package dev.amba.testkit.internal.engagement;

import jakarta.json.JsonObject;

/** An event a stage emits into the same user's stream (M5), such as {@code xp_awarded}. */
public record DerivedEvent(String name, JsonObject properties) {}
