package dev.amba.collections;

import java.util.stream.Stream;

/**
 * Every row of a query, fetched one page at a time as the rows are used: the next page is asked
 * for only when the previous one is used up, so memory holds one page however many rows match.
 * Each {@link #iterator()} or {@link #stream()} walks again from the query's start; a walk holds no
 * connection between pages and needs no closing. Not for sharing between threads while walking.
 *
 * <pre>{@code
 * for (Post p : user.collection("posts", Post.class).findAll(Query.where(eq("status", "draft")))) {
 *   ...
 * }
 * }</pre>
 */
public interface AutoPager<T> extends Iterable<T> {

  /**
   * The rows as a lazy, ordered stream, walking again from the query's start.
   *
   * @return the rows, fetched a page at a time; empty when none match
   */
  Stream<T> stream();
}
