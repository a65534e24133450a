package dev.amba.internal.util;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made on first use, once. Keeps {@code configure} cheap (no HTTP client, timer or thread
 * pool until a call needs one) and lets close() release only what was made.
 */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> factory;
  private volatile T value;

  public Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          value = v = factory.get();
        }
      }
    }
    return v;
  }

  /** Runs {@code action} on the value if it was ever made. */
  public void ifMade(Consumer<? super T> action) {
    T v = value;
    if (v != null) {
      action.accept(v);
    }
  }
}
