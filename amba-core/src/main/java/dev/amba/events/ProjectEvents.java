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
   * @param events the events with their users, in order; not null
   * @return the stored and duplicate counts, summed over the requests; zeros for an empty list
   * @throws NullPointerException if {@code events} is null
   * @throws IllegalArgumentException if an element is null or names an invalid user id
   */
  IngestResult ingest(List<IngestEvent> events);

  /**
   * One page of events, newest first.
   *
   * @param query the range, filters, page size and cursor
   * @return the page, empty when no event matches, with the cursor of the next page if there is one
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if the query's user id is malformed, before anything is sent
   */
  Page<StoredEvent> list(EventListQuery query);

  /**
   * Every matching event, newest first, fetched a page at a time as the stream is consumed. It
   * holds no connection between pages.
   *
   * @param query the range, filters and page size; its cursor, if set, is where the stream starts
   * @return a lazy stream of the events, empty when none match
   * @throws NullPointerException if {@code query} is null
   */
  Stream<StoredEvent> listAll(EventListQuery query);

  /**
   * A background pipeline for high volumes: {@code track} enqueues, a sender thread ingests batches
   * of up to {@link #MAX_BATCH}. Close it (or the client) at shutdown to deliver what is queued.
   *
   * @param options the queue, batch, timeout and failure settings
   * @return a new, running pipeline, closed with the client if not before
   * @throws NullPointerException if {@code options} is null
   */
  EventPipeline pipeline(EventPipelineOptions options);

  /**
   * Counts events, optionally grouped by day or event name.
   *
   * @param query the range, filters and grouping
   * @return the total, with the buckets when the query groups
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if the range (until now, when no end is set) exceeds 90 days,
   *     or the query's user id is malformed
   */
  EventCount count(EventCountQuery query);
}
