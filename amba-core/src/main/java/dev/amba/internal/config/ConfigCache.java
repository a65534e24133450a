package dev.amba.internal.config;

import dev.amba.internal.http.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last config answer per scope (anonymous, or each acting user) with its ETag. Bounded: the
 * least recently used scope goes first, so a server acting for millions of users keeps a few
 * hundred entries. Only map operations run under the lock, never a request.
 */
final class ConfigCache {

  static final int DEFAULT_CAPACITY = 256;

  /** A cached answer; {@code values} is immutable and handed out as is. */
  record Entry(String etag, Map<String, Object> values) {}

  private final Map<Scope, Entry> entries;

  ConfigCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Scope, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  Entry get(Scope scope) {
    synchronized (entries) {
      return entries.get(scope);
    }
  }

  void put(Scope scope, Entry entry) {
    synchronized (entries) {
      entries.put(scope, entry);
    }
  }

  void remove(Scope scope) {
    synchronized (entries) {
      entries.remove(scope);
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
