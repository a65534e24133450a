package dev.amba.events;

import dev.amba.Page;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin access to the project's analytics events (server key): bulk ingest for any users, listing
 * and counting.
 */
public interface ProjectEvents {

  /** The most events one ingest request carries. */
  int MAX_BATCH = 500;

  /**
   * Stores events for any users, in requests of at most {@link #MAX_BATCH}; the result adds them up.
   * Every event carries its {@code event_id}, so re-running an import (or a retry by the SDK)
   * stores nothing twice: those events come back as {@code duplicates}. If one request fails, the
   * earlier ones are stored; resend the same list.
   * An empty list sends nothing.
   *
   * @param events the events with their users, in order; may be empty
   * @return how many were newly stored and how many the project already held, over all requests
   * @throws IllegalArgumentException if an element is null or names an invalid user id
   */
  IngestResult ingest(List<IngestEvent> events);

  /**
   * One page of events, newest first.
   *
   * @param query the range, filters, page size and cursor
   * @return the page, with the cursor of the next one; empty when nothing matches
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_cursor} for a cursor the server did
   *     not hand out ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  Page<StoredEvent> list(EventListQuery query);

  /**
   * Every matching event, newest first, fetched a page at a time as the stream is consumed. It
   * holds no connection between pages.
   *
   * @param query the range and filters; its page size is the size of each fetch, its cursor where
   *     the stream starts
   * @return a lazy stream of the matching events
   */
  Stream<StoredEvent> listAll(EventListQuery query);

  /**
   * A background pipeline for high volumes: {@code track} enqueues, a sender thread ingests batches
   * of up to {@link #MAX_BATCH}. Close it (or the client) at shutdown to deliver what is queued.
   *
   * @param options the queue size, timeouts and failure callback
   * @return a new pipeline, already started
   */
  EventPipeline pipeline(EventPipelineOptions options);

  /**
   * Counts events, optionally grouped by day or event name.
   *
   * @param query the range, filters and grouping
   * @return the total and, with a grouping, its buckets
   * @throws IllegalArgumentException if the range (until now, when no end is set) exceeds 90 days
   */
  EventCount count(EventCountQuery query);
}
