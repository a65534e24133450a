package dev.amba.internal;

import dev.amba.OffsetPage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy walks over paged lists: the next page is fetched only when the previous one is used up. */
final class Paging {

  private Paging() {}

  static <T> Stream<T> offsetStream(int firstOffset, IntFunction<OffsetPage<T>> fetch) {
    Iterator<T> it = new Iterator<>() {
      private Iterator<T> current;
      private OffsetPage<T> page;
      private int nextOffset = firstOffset;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (page != null && (!page.hasMore() || page.items().isEmpty())) {
            return false;
          }
          page = fetch.apply(nextOffset);
          nextOffset = page.offset() + page.items().size();
          current = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
