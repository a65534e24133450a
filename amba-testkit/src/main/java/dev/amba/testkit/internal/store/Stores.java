package dev.amba.testkit.internal.store;

import java.time.Clock;

/**
 * Every store over one database; a new area adds its store here and its tables in
 * {@link Schema}.
 */
public record Stores(
    Database db,
    ProjectStore projects,
    UserStore users,
    SessionStore sessions,
    EventStore events) {

  public static Stores over(Database db, Clock clock) {
    return new Stores(
        db,
        new ProjectStore(db, clock),
        new UserStore(db, clock),
        new SessionStore(db, clock),
        new EventStore(db, clock));
  }
}
