package dev.amba.events;

/**
 * Counters of an {@link EventPipeline} since it started.
 *
 * @param accepted events taken by {@code track}
 * @param delivered events the server acknowledged (stored now, or already stored: see duplicates)
 * @param duplicates of the delivered, how many the server had already stored (a retry that had got through)
 * @param failed events given up on and reported through the failure callback
 * @param rejectedFull {@code track} calls refused because the queue stayed full
 * @param pending accepted events neither delivered nor failed yet
 * @param requests ingest calls made (each may include the transport's own retries)
 * @param retries batch attempts that failed and were tried again
 */
public record EventPipelineStats(
    long accepted, long delivered, long duplicates, long failed, long rejectedFull, long pending, long requests, long retries) {}
