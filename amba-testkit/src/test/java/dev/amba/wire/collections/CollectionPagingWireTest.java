package dev.amba.wire.collections;

import static dev.amba.collections.Where.lt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.Page;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Index;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cursor paging through 2,500 rows while other rows are inserted: every row that existed when the
 * walk began is seen exactly once, no row is seen twice, and the order holds across pages.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class CollectionPagingWireTest {

  static final int ROWS = 2_500;
  static final int STREAMS = 8;
  /** Rows inserted during a walk get a seq from here up, so originals are told apart. */
  static final int EXTRA = 1_000_000;

  public record Entry(String id, int seq, Integer score) {}

  private static AmbaUser user;
  private static UserCollection<Entry> entries;
  private static ExecutorService pool;
  private static final AtomicInteger nextExtra = new AtomicInteger(EXTRA);

  @BeforeAll
  static void rows(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    amba.collections().define(CollectionDefinition.of("entries",
        Column.of("seq", ColumnType.INTEGER), Column.optional("score", ColumnType.INTEGER))
        .withIndex(Index.on("score desc")));
    user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    entries = user.collection("entries", Entry.class);
    pool = Executors.newFixedThreadPool(STREAMS);
    // Scores repeat (ties for the cursor to cross) and every 17th is NULL.
    List<Future<?>> streams = new ArrayList<>();
    for (int s = 0; s < STREAMS; s++) {
      int stream = s;
      streams.add(pool.submit(() -> {
        for (int seq = stream; seq < ROWS; seq += STREAMS) {
          entries.insert(new Entry(null, seq, seq % 17 == 0 ? null : seq % 40));
        }
        return null;
      }));
    }
    for (Future<?> f : streams) {
      f.get(60, TimeUnit.SECONDS);
    }
    assertThat(entries.count(lt("seq", EXTRA))).isEqualTo(ROWS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static Entry extra(Integer score) {
    return new Entry(null, nextExtra.getAndIncrement(), score);
  }

  private static final Query BY_SCORE = Query.all().orderBy("score", Direction.DESC).limit(100);

  @Test
  void insertsBetweenEveryPage_neitherSkipNorRepeatRows() throws Exception {
    SynchronousQueue<Integer> pageDone = new SynchronousQueue<>();
    SynchronousQueue<Boolean> insertsDone = new SynchronousQueue<>();
    // After each page, rows land before, at and after the boundary of the page just served.
    Future<?> inserter = pool.submit(() -> {
      for (Integer boundary = pageDone.take(); boundary != Integer.MIN_VALUE; boundary = pageDone.take()) {
        for (Integer score : new Integer[] {null, 1_000, -1_000, boundary, boundary, boundary + 1, boundary - 1}) {
          entries.insert(extra(score));
        }
        insertsDone.put(true);
      }
      return null;
    });

    List<Entry> seen = new ArrayList<>();
    Page<Entry> page = entries.find(BY_SCORE);
    while (true) {
      seen.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
      Integer last = page.items().get(page.items().size() - 1).score();
      pageDone.put(last == null ? 39 : last);
      insertsDone.take();
      page = entries.find(BY_SCORE.cursor(page.nextCursor()));
    }
    pageDone.put(Integer.MIN_VALUE);
    inserter.get(30, TimeUnit.SECONDS);

    assertEveryOriginalOnceInOrder(seen);
  }

  @Test
  void insertsRunningFreelyDuringTheWalk_neitherSkipNorRepeatRows() throws Exception {
    AtomicBoolean walking = new AtomicBoolean(true);
    CountDownLatch inserting = new CountDownLatch(1);
    Future<Integer> inserter = pool.submit(() -> {
      int n = 0;
      while (walking.get()) {
        entries.insert(extra(n % 5 == 0 ? null : (n * 7) % 45 - 2));
        if (n++ == 0) {
          inserting.countDown();
        }
      }
      return n;
    });
    assertThat(inserting.await(30, TimeUnit.SECONDS)).isTrue();

    List<Entry> seen = new ArrayList<>();
    try {
      entries.findAll(BY_SCORE.limit(150)).forEach(seen::add);
    } finally {
      walking.set(false);
    }
    assertThat(inserter.get(30, TimeUnit.SECONDS)).isPositive();

    assertEveryOriginalOnceInOrder(seen);
  }

  @Test
  void defaultOrder_walksOldestFirstWithoutGaps() {
    List<Integer> seqs = entries.findAll(Query.where(lt("seq", EXTRA)).limit(1000)).stream()
        .map(Entry::seq).toList();

    assertThat(seqs).hasSize(ROWS).doesNotHaveDuplicates();
  }

  @Test
  void findAll_fetchesPagesOnlyAsTheyAreConsumed(AmbaEmulator emulator) {
    emulator.clearRecordedRequests();

    List<Entry> first = entries.findAll(BY_SCORE).stream().limit(250).toList();

    assertThat(first).hasSize(250);
    long gets = emulator.recordedRequests().stream().filter(r -> r.path().startsWith("/v1/client/collections/entries?"))
        .count();
    assertThat(gets).isEqualTo(3);
  }

  private static void assertEveryOriginalOnceInOrder(List<Entry> seen) {
    Set<String> ids = new HashSet<>();
    for (Entry e : seen) {
      assertThat(ids.add(e.id())).as("row %s served twice", e.id()).isTrue();
    }
    Map<Integer, Long> originals = seen.stream().filter(e -> e.seq() < EXTRA)
        .collect(Collectors.groupingBy(Entry::seq, LinkedHashMap::new, Collectors.counting()));
    assertThat(originals).hasSize(ROWS);
    assertThat(originals.values()).containsOnly(1L);
    for (int i = 1; i < seen.size(); i++) {
      Entry a = seen.get(i - 1);
      Entry b = seen.get(i);
      // score DESC with NULLs first, then id ascending.
      int byScore = a.score() == null ? (b.score() == null ? 0 : -1)
          : b.score() == null ? 1 : Integer.compare(b.score(), a.score());
      assertThat(byScore).as("order between %s and %s", a, b).isLessThanOrEqualTo(0);
      if (byScore == 0) {
        assertThat(a.id().compareTo(b.id())).as("id order between %s and %s", a, b).isNegative();
      }
    }
  }
}
