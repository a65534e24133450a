package dev.amba.internal.endpoint;

/** What a successful answer carries. */
public enum Shape {
  /** {@code {"data": {...}}}: one value. */
  ITEM,
  /** {@code {"data": [...]}}: every value at once. */
  LIST,
  /** {@code {"data": [...], "total", "offset", "limit"}}. */
  OFFSET_LIST,
  /** {@code {"data": [...], "next_cursor", "has_more"}}. */
  CURSOR_LIST,
  /** A body that is not the API's envelope: health, a provider's JSON, a file's bytes. */
  RAW,
  /** No body (204). */
  NONE
}
