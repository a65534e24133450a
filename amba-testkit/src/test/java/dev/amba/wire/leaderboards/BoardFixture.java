package dev.amba.wire.leaderboards;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.events.IngestEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.JsonHttp;
import dev.amba.wire.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One emulator on a clock the test moves, starting Monday 2030-01-07 10:00 UTC, and the ways the
 * tests feed scores. XP arrives as admin-ingested {@code xp_awarded} events with an
 * {@code amount}, the derived event the XP module stores for each credit, so a test sets exact
 * amounts without defining rules; one test credits through a real XP rule as well.
 */
final class BoardFixture implements AutoCloseable {

  static final Instant MONDAY = Instant.parse("2030-01-07T10:00:00Z");

  final ManualClock clock = new ManualClock(MONDAY);
  final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();
  final EmulatorProject project = emulator.defaultProject();
  final AmbaClient amba = AmbaClient.configure(emulator.config());
  final JsonHttp http = new JsonHttp(emulator, project);

  /** A new user with a display name, so entries show whose they are. */
  String user(String displayName) {
    String uid = emulator.createUser(project);
    amba.asUser(uid).users().update(ProfileUpdate.create().displayName(displayName));
    return uid;
  }

  /** {@code n} users, returned in id order (the last tie-break of a ranking). */
  List<String> users(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(emulator.createUser(project));
    }
    out.sort(null);
    return out;
  }

  AmbaUser as(String uid) {
    return amba.asUser(uid);
  }

  /** Credits XP the way the XP module does: an {@code xp_awarded} event with its amount. */
  void xp(String uid, int amount) {
    amba.events().ingest(List.of(IngestEvent.of(uid, Event.of("xp_awarded", Map.of("amount", amount)))));
  }

  @Override
  public void close() {
    amba.close();
    emulator.close();
  }
}
