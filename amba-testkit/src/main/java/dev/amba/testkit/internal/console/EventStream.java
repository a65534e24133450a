package dev.amba.testkit.internal.console;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.StoredEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The console's live event stream: every event the emulator stores, tracked or derived, handed to
 * the open server-sent-event streams of its project. Bounded everywhere: at most
 * {@link #MAX_STREAMS} streams at once, each with a queue of {@link #QUEUE_LIMIT} events; a stream
 * whose client reads slower than events arrive is dropped (its queue emptied, its stream ended), never
 * buffered for. The last {@link #RECENT_LIMIT} events are kept: a new stream starts with its
 * project's latest ones, and a browser that reconnects (it sends {@code Last-Event-ID}) gets those it
 * missed. Thread-safe.
 *
 * <p>A dropped stream's writer may still sit in a write to a client that stopped reading; it keeps its
 * place under the cap until the write fails or the JDK server's response time limit
 * ({@code sun.net.httpserver.maxRspTime}, 300 s here) closes the exchange. That limit also ends a
 * healthy stream after five minutes; the browser reconnects by itself and resumes from its
 * {@code Last-Event-ID}.
 */
public final class EventStream implements AutoCloseable {
  /** X decision: a console or two per developer, with room for a few tabs. */
  static final int MAX_STREAMS = 8;
  static final int QUEUE_LIMIT = 256;
  static final int RECENT_LIMIT = 1000;
  /** A comment line this often, so a client that left is noticed by a failing write. */
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  /** One event as sent: its sequence number (the SSE id), its project and its JSON line. */
  record Item(long seq, String projectId, String json) {}

  private static final Item END = new Item(-1, null, null);

  /** Also the lock of every field after it. */
  private final ArrayDeque<Item> recent = new ArrayDeque<>();
  private final List<Subscriber> subscribers = new ArrayList<>();
  private long seq;
  /** Streams whose writer has not returned yet, dropped ones included: each holds a thread. */
  private int open;
  private boolean closed;

  /** Called by the event store for each stored event; never blocks. */
  public void publish(StoredEvent event) {
    String json = JsonIo.write(JsonIo.object()
        .add("id", event.id())
        .add("project_id", event.projectId())
        .add("user_id", event.userId())
        .add("event", event.name())
        .add("properties", event.properties())
        .add("received_at", Times.format(event.receivedAt()))
        .add("depth", event.depth())
        // M4: depth 0 is a tracked or ingested event, anything deeper the server wrote itself.
        .add("derived", event.depth() > 0)
        .build());
    synchronized (recent) {
      if (closed) {
        return;
      }
      Item item = new Item(++seq, event.projectId(), json);
      recent.addLast(item);
      if (recent.size() > RECENT_LIMIT) {
        recent.removeFirst();
      }
      for (Subscriber s : List.copyOf(subscribers)) {
        if (s.projectId.equals(item.projectId()) && !s.queue.offer(item)) {
          end(s);
        }
      }
    }
  }

  /**
   * A new stream of {@code projectId}'s events, starting after {@code lastSeen} (the
   * {@code Last-Event-ID} of a reconnecting browser; 0 for every recent one still kept).
   *
   * @throws ApiException 503 {@code too_many_streams} at the cap, 503 {@code emulator_closing} once closed
   */
  Subscriber subscribe(String projectId, long lastSeen) {
    synchronized (recent) {
      if (closed) {
        throw new ApiException(503, "emulator_closing", "the emulator is closing");
      }
      if (open >= MAX_STREAMS) {
        throw new ApiException(503, "too_many_streams", "at most " + MAX_STREAMS
            + " event streams may be open at once; close a console tab");
      }
      Subscriber s = new Subscriber(projectId);
      // The newest of the missed ones, as many as the queue takes with room to spare.
      ArrayDeque<Item> missed = new ArrayDeque<>();
      for (var it = recent.descendingIterator(); it.hasNext() && missed.size() < QUEUE_LIMIT / 2; ) {
        Item item = it.next();
        if (item.seq() <= lastSeen) {
          break;
        }
        if (item.projectId().equals(projectId)) {
          missed.addFirst(item);
        }
      }
      s.queue.addAll(missed);
      subscribers.add(s);
      open++;
      return s;
    }
  }

  /** How many streams hold a thread now. */
  int openStreams() {
    synchronized (recent) {
      return open;
    }
  }

  /** Ends every stream and refuses new ones; their writers return and the exchanges close. */
  @Override
  public void close() {
    synchronized (recent) {
      closed = true;
      for (Subscriber s : List.copyOf(subscribers)) {
        end(s);
      }
      recent.clear();
    }
  }

  private void end(Subscriber s) {
    subscribers.remove(s);
    s.queue.clear();
    s.queue.offer(END);
  }

  /** Writes {@code s}'s events as server-sent events until it ends, the client leaves or the emulator closes. */
  void write(Subscriber s, OutputStream out) throws IOException, InterruptedException {
    try {
      // Reconnect quickly after the emulator's response timeout or a restart.
      send(out, "retry: 2000\n: amba emulator event stream\n\n");
      while (true) {
        Item item = s.queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        if (item == END) {
          return;
        }
        send(out, item == null ? ": keep-alive\n\n" : "id: " + item.seq() + "\ndata: " + item.json() + "\n\n");
      }
    } finally {
      synchronized (recent) {
        end(s);
        open--;
      }
    }
  }

  private static void send(OutputStream out, String frame) throws IOException {
    out.write(frame.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** One open stream. */
  static final class Subscriber {
    final String projectId;
    final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_LIMIT);

    Subscriber(String projectId) {
      this.projectId = projectId;
    }

    /** Whether it was dropped or ended: only the end marker is left. */
    boolean ended() {
      return queue.peek() == END;
    }
  }
}
