package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;

/**
 * The collection answers of amba-api.md section 5.1: {@code invalid_argument} for a request that
 * is malformed or names an unknown column, {@code schema_violation} for a value that does not fit
 * the collection's schema. Both carry {@code details.fields} in the shape {@link FieldErrors} writes.
 */
public final class CollectionErrors {

  private CollectionErrors() {}

  /** Collects schema violations; {@code received} is described by its JSON type, never echoed. */
  public static FieldErrors violations() {
    return new FieldErrors("schema_violation");
  }

  public static ApiException invalid(String path, String message) {
    return FieldErrors.single(path, message);
  }

  public static ApiException unknownColumn(String column, CollectionDef def) {
    return FieldErrors.single(column, "is not a column of collection " + def.name());
  }

  public static ApiException violation(String path, String message) {
    return violations().add(path, message).toException();
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
}
