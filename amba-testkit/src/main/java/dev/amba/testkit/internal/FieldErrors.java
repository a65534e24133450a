package dev.amba.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Collects every problem of one request body before answering, so a caller sees all of its
 * mistakes at once in {@code details.fields}.
 */
public final class FieldErrors {
  private final JsonArrayBuilder fields = JsonIo.array();
  private String first;
  private int count;

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
    return new ApiException(
        400, "invalid_argument", message, JsonIo.object().add("fields", fields).build());
  }

  /** A single-field error, for checks that stop at the first problem. */
  public static ApiException single(String path, String message) {
    return new FieldErrors().add(path, message).toException();
  }
}
