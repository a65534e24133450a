package dev.amba.internal.util;

/**
 * The argument rules product modules share besides the names of {@link ModuleNames}: a path's
 * {@code {idOrKey}} (M1), a display name, an integer setting's range. Checked before anything is
 * sent, so a mistake fails on the caller's line, naming the argument.
 */
public final class ModuleArguments {

  private ModuleArguments() {}

  /**
   * A {@code {idOrKey}} path value: the server looks a UUID up by id and anything else by key (M1),
   * so the SDK only makes sure it is one path segment.
   */
  public static String idOrKey(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be blank, got " + quoted(value));
    }
    PathSegment.encode(value, argument);
    return value;
  }

  /** A display name such as a leaderboard's: not blank, at most {@code max} characters. */
  public static String name(String value, String argument, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(argument + " must be 1.." + max + " characters and not blank, got "
          + (value == null ? "null" : value.length() + " characters"));
    }
    return WellFormedText.require(value, argument);
  }

  /** An integer setting within {@code [least, greatest]}. */
  public static int range(int value, int least, int greatest, String argument) {
    if (value < least || value > greatest) {
      throw new IllegalArgumentException(argument + " must be " + least + ".." + greatest + ", got " + value);
    }
    return value;
  }

  private static String quoted(String value) {
    return value == null ? "null" : '"' + value + '"';
  }
}
