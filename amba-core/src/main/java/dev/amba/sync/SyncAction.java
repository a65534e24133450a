package dev.amba.sync;

import java.util.Locale;
import java.util.Objects;

/**
 * What a change does to its row (37.2), by its wire value. A record rather than an enum, so an
 * action the service adds later still reads. The 4.x core writes {@code insert}; it reads as
 * {@link #CREATE}.
 *
 * @param value the wire value, lowercase, such as {@code update}
 */
public record SyncAction(String value) {

  /** Makes the row with the change's id (a row of the user's with that id is updated instead). */
  public static final SyncAction CREATE = new SyncAction("create");
  /** Sets the columns of the change's data on the user's live row. */
  public static final SyncAction UPDATE = new SyncAction("update");
  /** Soft-deletes the user's live row. */
  public static final SyncAction DELETE = new SyncAction("delete");

  /**
   * An action by its wire value, lowercased, with {@code insert} read as {@link #CREATE}.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public SyncAction {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
    if (value.equals("insert")) {
      value = "create";
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
