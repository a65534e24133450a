package dev.amba.internal;

import dev.amba.OffsetPage;
import dev.amba.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy walks over paged lists: the next page is fetched only when the previous one is used up. */
final class Paging {

  private Paging() {}

  /** Walks cursor pages from {@code firstCursor} (null for the start) until a page says it is the last. */
  static <T> Stream<T> cursorStream(String firstCursor, Function<String, Page<T>> fetch) {
    Iterator<T> it = new Iterator<>() {
      private Iterator<T> current;
      private Page<T> page;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (page != null && (!page.hasMore() || page.nextCursor() == null)) {
            return false;
          }
          page = fetch.apply(page == null ? firstCursor : page.nextCursor());
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
