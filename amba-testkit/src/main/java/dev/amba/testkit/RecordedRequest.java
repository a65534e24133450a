package dev.amba.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the emulator received it, whatever faults, auth or routing then made of it.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path as sent, including the query string, still percent-encoded
 * @param headers every header, names in lower case, values in the order received
 * @param body the body decoded as UTF-8; empty when there was none, when it was refused unread (no
 *     such route, credentials refused, too large for its route), and for uploads, whose bytes stream
 *     to storage unrecorded; cut after 1,048,576 characters (see {@link AmbaEmulator#recordedRequests()})
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body) {

  /**
   * Copies the headers with their names in lower case, so lookups ignore case, and reads a null body as empty.
   *
   * @param method the HTTP method
   * @param path the path with its query string, as sent
   * @param headers every header as received; the record keeps an unmodifiable copy
   * @param body the body as text; null is read as empty
   * @throws NullPointerException if {@code headers} is null
   */
  public RecordedRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(copy);
    body = body == null ? "" : body;
  }

  /**
   * The first value of a header (any case), or null when the request did not carry it.
   *
   * @param name the header's name, in any case
   * @return the first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The path without its query string.
   *
   * @return {@link #path()} up to, not including, the first {@code ?}
   */
  public String pathWithoutQuery() {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  /** Headers can hold keys and tokens: the text form shows their names only. */
  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + ", headers=" + headers.keySet()
        + ", body=" + body.length() + " chars]";
  }
}
