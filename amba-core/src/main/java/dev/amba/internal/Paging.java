package dev.amba.internal;

import dev.amba.OffsetPage;
import dev.amba.Page;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy walks over paged lists: the next page is fetched only when the previous one is used up. */
final class Paging {

  private Paging() {}

  /** Walks cursor pages from {@code firstCursor} (null for the start) until a page says it is the last. */
  static <T> Stream<T> cursorStream(String firstCursor, Function<String, Page<T>> fetch) {
    return Paging.<Page<T>, T>walk(
        page -> fetch.apply(page == null ? firstCursor : page.nextCursor()),
        page -> !page.hasMore() || page.nextCursor() == null,
        Page::items);
  }

  static <T> Stream<T> offsetStream(int firstOffset, IntFunction<OffsetPage<T>> fetch) {
    return Paging.<OffsetPage<T>, T>walk(
        page -> fetch.apply(page == null ? firstOffset : page.offset() + page.items().size()),
        // An empty page that still claims more would otherwise be asked for again forever.
        page -> !page.hasMore() || page.items().isEmpty(),
        OffsetPage::items);
  }

  /** {@code fetchAfter} is given the page before (null for the first); {@code isLast} ends the walk. */
  private static <P, T> Stream<T> walk(UnaryOperator<P> fetchAfter, Predicate<P> isLast, Function<P, List<T>> items) {
    Iterator<T> it = new Iterator<>() {
      private Iterator<T> current;
      private P page;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (page != null && isLast.test(page)) {
            return false;
          }
          page = fetchAfter.apply(page);
          current = items.apply(page).iterator();
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
