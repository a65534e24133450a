package dev.amba.storage;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One header the storage host requires on the upload {@code PUT}, exactly as presign returned it.
 *
 * <p>{@link #toString()} shows the value only for plain content headers: the others may carry
 * signing material.
 *
 * @param name the header's name
 * @param value the header's value, to send unchanged
 */
public record UploadHeader(String name, String value) {

  private static final Set<String> SHOWN = Set.of("content-type", "content-length", "cache-control",
      "content-disposition", "content-encoding", "content-language");

  /**
   * A header.
   *
   * @param name the header's name, not null
   * @param value the header's value, not null
   * @throws NullPointerException if either is null
   */
  public UploadHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return name + ": " + (SHOWN.contains(name.toLowerCase(Locale.ROOT)) ? value : "****");
  }
}
