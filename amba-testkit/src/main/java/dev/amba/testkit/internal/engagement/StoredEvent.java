package dev.amba.testkit.internal.engagement;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * An event as the pipeline sees it once stored. {@code id} is its row's id, the one
 * {@code GET …/events} lists, for a module that records which event caused a change (17.4 #6
 * {@code reference_id}); {@code receivedAt} is the server's clock at receipt, the only time module
 * rules compare (M3); {@code depth} is 0 for a tracked or ingested event and one more for each
 * derivation (M4 stage 9).
 */
public record StoredEvent(String id, String projectId, String userId, String name, JsonObject properties,
    Instant receivedAt, int depth) {}
