package dev.amba.collections;

import dev.amba.Page;
import java.util.Map;
import java.util.Optional;

/**
 * One collection, as seen by the acting user of {@link dev.amba.AmbaUser#collection}: every read
 * sees only that user's rows that are not soft-deleted, inserts are stamped with the user, and
 * updates and deletes touch only the user's rows. Another user's row behaves exactly like a row
 * that does not exist.
 *
 * <p>Rows are the caller's own public class or record (on the module path, in a package open to
 * {@code org.eclipse.yasson}), mapped by JSON-B with snake_case names: the record
 * component {@code createdAt} is the column {@code created_at}, {@code authorId} is
 * {@code author_id}. Give the class fields for the server-managed columns you want to read
 * ({@code id}, {@code userId}, {@code createdAt}, {@code updatedAt}, {@code deletedAt}); on insert,
 * null fields are left out, and server-managed values are ignored. Useful Java types per column
 * type: {@code uuid} String or UUID, {@code text} String, {@code integer} int/Integer,
 * {@code bigint} long/Long, {@code numeric} BigDecimal or double, {@code boolean} boolean/Boolean,
 * {@code timestamptz} Instant or OffsetDateTime, {@code date} LocalDate, {@code jsonb} Map, List or
 * any JSON-B-mappable type, {@code vector} double[] or List&lt;Double&gt;. Untyped rows are
 * read-only {@code Map<String, Object>} with Long for whole numbers, BigDecimal for others, String,
 * Boolean, and Map/List for {@code jsonb} and {@code vector}.
 *
 * <p>A class JSON-B cannot build (a record with several constructors and no {@code @JsonbCreator},
 * say) fails with {@link IllegalArgumentException} naming the class when the first row arrives.
 *
 * <p>Immutable and thread-safe; cheap to create per call.
 */
public interface UserCollection<T> {

  /**
   * The collection's name.
   *
   * @return the name this view was made with
   */
  String name();

  /**
   * Inserts a row for the acting user and returns it as stored, with its {@code id} and times.
   * Each call sends its own {@code Idempotency-Key} (the one set through {@code RequestOptions}
   * when there is one), the same on every attempt, so an insert whose answer was lost is retried
   * and the server answers with the row it already stored.
   *
   * @param row the row; null fields are left out, server-managed values ignored
   * @return the row as stored, with its server-managed columns set
   * @throws IllegalArgumentException if the row cannot be mapped to JSON
   * @throws dev.amba.AmbaPermissionException {@code as_user_mismatch} when the row names another
   *     {@code user_id}
   * @throws dev.amba.AmbaBadRequestException {@code schema_violation} when a value does not fit its
   *     column or a NOT NULL column is missing; {@code invalid_argument} for an unknown column
   */
  T insert(T row);

  /**
   * One row of the acting user.
   *
   * @param id the row's id, a UUID
   * @return the row, or empty when there is none, it is deleted, or it is another user's
   * @throws IllegalArgumentException for a null id or one that is not a UUID, before anything is sent
   */
  Optional<T> get(String id);

  /**
   * One page of matching rows; pass {@link Page#nextCursor()} to {@link Query#cursor} for the next.
   *
   * @param query the filter, order, page size, cursor and columns
   * @return the page of rows, empty when none match, with the next cursor when more remain
   * @throws NullPointerException if {@code query} is null
   * @throws dev.amba.AmbaBadRequestException {@code schema_violation} when a filter value does not suit its column
   */
  Page<T> find(Query query);

  /**
   * Every matching row, page by page as it is consumed. {@code query}'s limit is the page size.
   *
   * @param query the filter, order, page size and columns; its cursor, if set, is where the walk starts
   * @return the rows, fetched lazily; nothing is sent until they are used
   * @throws NullPointerException if {@code query} is null
   */
  AutoPager<T> findAll(Query query);

  /**
   * How many rows the acting user has (not counting soft-deleted ones).
   *
   * @return the count, 0 or more
   */
  long count();

  /**
   * How many of the acting user's rows match {@code filter} (not counting soft-deleted ones).
   *
   * @param filter the filter, built with {@link Where}
   * @return the count, 0 or more
   * @throws NullPointerException if {@code filter} is null
   */
  long count(Filter filter);

  /**
   * How many of the acting user's rows match {@code query}'s filter (with its soft-deleted rows
   * when {@link Query#includeDeleted()}); the order, limit, cursor and selection play no part.
   *
   * @param query the query whose filter counts
   * @return the count, 0 or more
   * @throws NullPointerException if {@code query} is null
   */
  long count(Query query);

  /**
   * Sets the given columns of one row and returns the row as updated. A null value sets the
   * column to NULL (where it is nullable).
   *
   * @param id the row's id, a UUID
   * @param set column names to new values, at least one; server-managed columns cannot be set
   * @return the row as updated
   * @throws IllegalArgumentException for a null id or one that is not a UUID, before anything is sent
   * @throws NullPointerException if {@code set} is null
   * @throws IllegalArgumentException if {@code set} is empty
   * @throws dev.amba.AmbaNotFoundException when there is no such row of the acting user
   */
  T update(String id, Map<String, ?> set);

  /**
   * Soft-deletes one row: it gets a {@code deleted_at} and disappears from reads that do not
   * {@link Query#includeDeleted() include deleted} rows.
   *
   * @param id the row's id, a UUID
   * @throws IllegalArgumentException for a null id or one that is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such row of the acting user, or it is
   *     already deleted
   */
  void delete(String id);
}
