package dev.amba.internal.collections;

import dev.amba.Page;
import dev.amba.collections.AutoPager;
import dev.amba.collections.Query;
import dev.amba.internal.Paging;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

/** Walks a query's pages lazily through {@link Paging#cursorStream}. */
final class CollectionPager<T> implements AutoPager<T> {

  private final Query query;
  private final Function<Query, Page<T>> find;

  CollectionPager(Query query, Function<Query, Page<T>> find) {
    this.query = query;
    this.find = find;
  }

  @Override
  public Stream<T> stream() {
    String first = query.cursor().orElse(null);
    return Paging.cursorStream(first, cursor -> find.apply(cursor == null ? query : query.cursor(cursor)));
  }

  @Override
  public Iterator<T> iterator() {
    return stream().iterator();
  }

  @Override
  public String toString() {
    return "AutoPager{" + query + '}';
  }
}
