package dev.amba.testkit.internal;

/** Query-parameter parsing with the protocol's per-parameter error codes. */
public final class Params {
  private Params() {}

  /**
   * An integer parameter in {@code [min, max]}, or {@code fallback} when absent; anything else
   * (empty, not a number, out of range) is 400 with {@code errorCode}.
   */
  public static int intParam(
      ApiRequest request, String name, int fallback, int min, int max, String errorCode) {
    String text = request.query(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value >= min && value <= max) {
        return (int) value;
      }
    } catch (NumberFormatException ignored) {
      // Falls through to the same answer as an out-of-range number.
    }
    throw ApiException.badRequest(errorCode,
        name + " must be an integer from " + min + " to " + max);
  }

  /** A parameter that is absent or empty reads as null: {@code ?search=} means no search. */
  public static String optional(ApiRequest request, String name) {
    String value = request.query(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
