package dev.amba.internal;

import dev.amba.AmbaApiException;
import dev.amba.OffsetPage;
import dev.amba.Page;
import dev.amba.internal.util.ModuleArguments;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy walks over paged lists: the next page is fetched only when the previous one is used up.
 *
 * <p>A walk trusts the server to end, so a server that never does (an empty page that claims more,
 * a cursor that leads back to a page already read, an offset page other than the one asked for)
 * would keep the caller's thread fetching forever, or hand it the same rows forever. Each walk
 * checks for that and fails with {@code unexpected_response}, naming the answer that showed it.
 */
public final class Paging {

  private Paging() {}

  /** Walks cursor pages from {@code firstCursor} (null for the start) until a page says it is the last. */
  public static <T> Stream<T> cursorStream(String firstCursor, Function<String, Page<T>> fetch) {
    return stream(new Walk<Page<T>, T>() {
      // One entry per page fetched, so it grows no faster than the pages the caller consumes.
      private final Set<String> followed = new HashSet<>();

      @Override
      Page<T> first() {
        if (firstCursor != null) {
          followed.add(firstCursor);
        }
        return fetch(() -> fetch.apply(firstCursor));
      }

      @Override
      Page<T> after(Page<T> page) {
        if (page.items().isEmpty()) {
          throw endless("an empty page says more follow (has_more with a next_cursor)");
        }
        String next = page.nextCursor();
        if (!followed.add(next)) {
          throw endless("next_cursor leads back to a page this walk has already read");
        }
        return fetch(() -> fetch.apply(next));
      }

      @Override
      boolean isLast(Page<T> page) {
        return !page.hasMore() || page.nextCursor() == null;
      }

      @Override
      List<T> items(Page<T> page) {
        return page.items();
      }
    });
  }

  /**
   * Walks offset pages from {@code firstOffset} until one says nothing remains. Each page must start
   * at the offset asked for; an empty page must be the last.
   */
  public static <T> Stream<T> offsetStream(int firstOffset, IntFunction<OffsetPage<T>> fetch) {
    return stream(new Walk<OffsetPage<T>, T>() {
      private int asked = firstOffset;

      @Override
      OffsetPage<T> first() {
        return checked(fetch(() -> fetch.apply(asked)));
      }

      @Override
      OffsetPage<T> after(OffsetPage<T> page) {
        if (page.items().isEmpty()) {
          // Stopping here would hand the caller a short list as if it were whole.
          throw endless("an empty page at offset " + page.offset() + " says " + page.total() + " items in all");
        }
        int next = asked + page.items().size();
        if (next < asked) {
          throw endless("the next offset is past " + Integer.MAX_VALUE);
        }
        asked = next;
        return checked(fetch(() -> fetch.apply(next)));
      }

      /** A page from elsewhere in the list would repeat or skip rows; an empty one at the end is harmless. */
      private OffsetPage<T> checked(OffsetPage<T> page) {
        if (page.offset() != asked && !page.items().isEmpty()) {
          throw endless("the page starts at offset " + page.offset() + ", not at the " + asked + " asked for");
        }
        return page;
      }

      @Override
      boolean isLast(OffsetPage<T> page) {
        return !page.hasMore();
      }

      @Override
      List<T> items(OffsetPage<T> page) {
        return page.items();
      }
    });
  }

  /** A page of wire values as public ones, keeping its place in the list (offset, limit, total). */
  public static <W, P> OffsetPage<P> mapped(OffsetPage<W> page, Function<? super W, ? extends P> toPublic) {
    List<P> items = new java.util.ArrayList<>(page.items().size());
    page.items().forEach(item -> items.add(toPublic.apply(item)));
    return new OffsetPage<>(items, page.total(), page.offset(), page.limit());
  }

  /**
   * One page of an offset list through {@code call}, its window checked as the service bounds it (M2)
   * before anything is sent, its items turned public.
   *
   * @throws IllegalArgumentException naming {@code offset} or {@code limit} outside
   *     {@code offset ≥ 0} and {@code 1 ≤ limit ≤ maxLimit}
   */
  public static <W, P> OffsetPage<P> page(Api.Call call, int offset, int limit, int maxLimit, Class<W> wire,
      Function<? super W, ? extends P> toPublic) {
    ModuleArguments.range(offset, 0, Integer.MAX_VALUE, "offset");
    ModuleArguments.range(limit, 1, maxLimit, "limit");
    return mapped(call.query("limit", limit).query("offset", offset).<W>offsetPage(wire), toPublic);
  }

  /**
   * Every item of an offset list from {@code firstOffset} on, {@code pageSize} a request, each page
   * through a fresh {@code call}, fetched as the stream is consumed.
   */
  public static <W, P> Stream<P> walk(java.util.function.Supplier<Api.Call> call, int firstOffset, int pageSize,
      Class<W> wire, Function<? super W, ? extends P> toPublic) {
    return offsetStream(firstOffset, offset -> page(call.get(), offset, pageSize, pageSize, wire, toPublic));
  }

  /** One walk's pages; {@link #after} is asked for the page that follows one that is not the last. */
  private abstract static class Walk<P, T> {
    private Api.Answer answer;
    /** Once a walk has shown it does not end, it stays failed rather than fetch on. */
    private AmbaApiException failure;

    abstract P first();

    abstract P after(P page);

    abstract boolean isLast(P page);

    abstract List<T> items(P page);

    final P fetch(java.util.function.Supplier<P> call) {
      Api.Observed<P> observed = Api.observe(call);
      answer = observed.answer();
      return observed.value();
    }

    /** The failure for a server whose pages do not end, naming the latest answer. */
    final AmbaApiException endless(String why) {
      String what = "the pages do not end: " + why;
      failure = answer == null
          ? Api.unexpectedResponse(200, "paged list", what, null)
          : Api.unexpectedResponse(answer.status(), answer.call(), what, answer.requestId());
      return failure;
    }
  }

  private static <P, T> Stream<T> stream(Walk<P, T> walk) {
    Iterator<T> it = new Iterator<>() {
      private Iterator<T> current;
      private P page;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (walk.failure != null) {
            throw walk.failure;
          }
          if (page != null && walk.isLast(page)) {
            return false;
          }
          page = page == null ? walk.first() : walk.after(page);
          current = walk.items(page).iterator();
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
