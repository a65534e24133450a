package dev.amba.sync;

import java.util.Locale;
import java.util.Objects;

/**
 * What became of one pushed change, by its wire value. A record rather than an enum, so a status
 * the service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code applied}
 */
public record ChangeStatus(String value) {

  /** Written: counted in {@link SyncResult#applied()}. */
  public static final ChangeStatus APPLIED = new ChangeStatus("applied");
  /** Not written: the row changed on the server after the change was made; see {@link SyncResult#conflicts()}. */
  public static final ChangeStatus CONFLICT = new ChangeStatus("conflict");
  /**
   * Not written, and nothing to resolve: the id is another user's row, or the user has no live row
   * with it for an update or a delete, or the row would break a unique index.
   */
  public static final ChangeStatus SKIPPED = new ChangeStatus("skipped");
  /** Not written because the row already is as the change would make it: a replayed change. */
  public static final ChangeStatus UNCHANGED = new ChangeStatus("unchanged");

  /**
   * A status by its wire value, lowercased so {@code APPLIED} reads as {@link #APPLIED}.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ChangeStatus {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
