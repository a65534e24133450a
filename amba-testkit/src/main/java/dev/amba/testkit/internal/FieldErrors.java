package dev.amba.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects every problem of one request body before answering, so a caller sees all of its
 * mistakes at once in {@code details.fields}.
 */
public final class FieldErrors {
  private final String code;
  private final JsonArrayBuilder fields = JsonIo.array();
  private String first;
  private int count;

  /** Problems answered as 400 {@code invalid_argument}. */
  public FieldErrors() {
    this("invalid_argument");
  }

  /** Problems answered as 400 with another code, in the same {@code details.fields} shape. */
  public FieldErrors(String code) {
    this.code = code;
  }

  public FieldErrors add(String path, String message) {
    return add(path, message, null, null);
  }

  public FieldErrors add(String path, String message, String expected, JsonValue received) {
    JsonObjectBuilder field = JsonIo.object().add("path", path).add("message", message);
    if (expected != null) {
      field.add("expected", expected);
    }
    if (received != null) {
      field.add("received", JsonIo.typeName(received));
    }
    fields.add(field);
    if (first == null) {
      first = path + ": " + message;
    }
    count++;
    return this;
  }

  /** As {@link #unknownFields(JsonObject, Set, String)}, with the wording most routes use. */
  public FieldErrors unknownFields(JsonObject body, Set<String> allowed) {
    return unknownFields(body, allowed, "is not a known field; expected one of");
  }

  /**
   * Records each key of {@code body} that is not in {@code allowed}, in name order (so the answer
   * does not follow the client's key order), as {@code "<lead> [the allowed keys]"}.
   */
  public FieldErrors unknownFields(JsonObject body, Set<String> allowed, String lead) {
    return unknownFields("", new TreeSet<>(body.keySet()), allowed, lead);
  }

  /** As {@link #unknownFields(JsonObject, Set, String)}, in the order of {@code keys}, each path under {@code at}. */
  public FieldErrors unknownFields(String at, Iterable<String> keys, Set<String> allowed, String lead) {
    for (String key : keys) {
      if (!allowed.contains(key)) {
        add(at + key, lead + " " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /** Records a type mismatch, naming what arrived rather than echoing the value back. */
  public FieldErrors wrongType(String path, String expected, JsonValue received) {
    return add(path, "must be " + expected, expected, received);
  }

  public int size() {
    return count;
  }

  public void throwIfAny() {
    if (count > 0) {
      throw toException();
    }
  }

  public ApiException toException() {
    if (count == 0) {
      throw new IllegalStateException("no field errors recorded");
    }
    String message = count == 1 ? first : first + " (and " + (count - 1) + " more)";
    return new ApiException(400, code, message, JsonIo.object().add("fields", fields).build());
  }

  /** A single-field error, for checks that stop at the first problem. */
  public static ApiException single(String path, String message) {
    return new FieldErrors().add(path, message).toException();
  }
}
