package dev.amba.wire.leagues;

import dev.amba.AmbaClient;
import dev.amba.events.Event;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.events.StoredEvent;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueStanding;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.JsonHttp;
import dev.amba.wire.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One emulator on a clock the test moves week by week, from Monday 2030-01-07 10:00 UTC. XP is fed
 * as admin-ingested {@code xp_awarded} events with an {@code amount}, the derived event the XP
 * module stores for each credit; one test credits through a real XP rule as well.
 */
final class LeagueFixture implements AutoCloseable {

  static final Instant MONDAY = Instant.parse("2030-01-07T10:00:00Z");

  final ManualClock clock = new ManualClock(MONDAY);
  final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();
  final AmbaClient amba = AmbaClient.configure(emulator.config());
  final JsonHttp http = new JsonHttp(emulator, emulator.defaultProject());

  /** {@code n} users in id order, each displayed by its place in that order: "u0", "u1", ... */
  List<String> users(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(emulator.createUser(emulator.defaultProject()));
    }
    ids.sort(null);
    for (int i = 0; i < n; i++) {
      amba.asUser(ids.get(i)).users().update(ProfileUpdate.create().displayName("u" + i));
    }
    return ids;
  }

  /** Any event this week makes a user one the next rollover places. */
  void active(List<String> users) {
    for (String uid : users) {
      amba.asUser(uid).events().track("app_opened");
    }
  }

  void xp(String uid, int amount) {
    amba.events().ingest(List.of(IngestEvent.of(uid, Event.of("xp_awarded", Map.of("amount", amount)))));
  }

  void nextWeek() {
    clock.advance(Duration.ofDays(7));
  }

  LeagueStanding me(String uid) {
    return amba.asUser(uid).leagues().me();
  }

  League tier(int order) {
    return amba.leagues().list().stream().filter(l -> l.tierOrder() == order).findFirst().orElseThrow();
  }

  /** The stored events of that name, oldest first. */
  List<StoredEvent> events(String name) {
    List<StoredEvent> out = new ArrayList<>(amba.events()
        .listAll(EventListQuery.since(MONDAY.minus(Duration.ofDays(1))).eventName(name)).toList());
    Collections.reverse(out);
    return out;
  }

  @Override
  public void close() {
    amba.close();
    emulator.close();
  }
}
