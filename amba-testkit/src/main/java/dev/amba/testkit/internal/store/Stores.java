package dev.amba.testkit.internal.store;

import java.nio.file.Path;
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
    EventStore events,
    CollectionStore collections,
    AiPromptStore aiPrompts,
    StorageStore storage,
    PushStore push) {

  public static Stores over(Database db, Clock clock) {
    return over(db, clock, null);
  }

  /** @param dataDirectory where uploaded bytes go; null for a temporary directory */
  public static Stores over(Database db, Clock clock, Path dataDirectory) {
    return new Stores(
        db,
        new ProjectStore(db, clock),
        new UserStore(db, clock),
        new SessionStore(db, clock),
        new EventStore(db, clock),
        new CollectionStore(db, clock),
        new AiPromptStore(db, clock),
        StorageStore.open(db, clock, dataDirectory),
        new PushStore(db, clock));
  }
}
