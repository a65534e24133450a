package dev.amba.internal.events;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list into the protocol's request-sized batches. */
final class EventBatches {

  private EventBatches() {}

  static <T> List<List<T>> split(List<T> items, int size) {
    List<List<T>> batches = new ArrayList<>((items.size() + size - 1) / size);
    for (int from = 0; from < items.size(); from += size) {
      batches.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return batches;
  }
}
