package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The collection answers of amba-api.md section 5.1: {@code invalid_argument} for a request that
 * is malformed or names an unknown column, {@code schema_violation} for a value that does not fit
 * the collection's schema. Both carry {@code details.fields} in the shape {@link FieldErrors} writes.
 */
public final class CollectionErrors {

  private final JsonArrayBuilder fields = JsonIo.array();
  private String first;
  private int count;

  public static ApiException invalid(String path, String message) {
    return FieldErrors.single(path, message);
  }

  public static ApiException unknownColumn(String column, CollectionDef def) {
    return FieldErrors.single(column, "is not a column of collection " + def.name());
  }

  public static ApiException violation(String path, String message) {
    return new CollectionErrors().add(path, message, null, null).toException();
  }

  public static ApiException notFound(String what) {
    return ApiException.notFound("not_found", what);
  }

  public static ApiException collectionNotFound(String name) {
    return ApiException.notFound("collection_not_found", "no collection named " + name);
  }

  public static ApiException badCursor(String why) {
    return ApiException.badRequest("invalid_cursor", "cursor is not one this query returned: " + why);
  }

  /** Records one schema violation; {@code received} is described by its JSON type, never echoed. */
  public CollectionErrors add(String path, String message, String expected, JsonValue received) {
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

  public void throwIfAny() {
    if (count > 0) {
      throw toException();
    }
  }

  public ApiException toException() {
    String message = count == 1 ? first : first + " (and " + (count - 1) + " more)";
    return new ApiException(400, "schema_violation", message, JsonIo.object().add("fields", fields).build());
  }
}
