package dev.amba.experiments;

import java.time.Instant;
import java.util.Map;

/**
 * One time a user was shown its variant (35.3).
 *
 * @param id the exposure's id
 * @param experimentKey the experiment's key
 * @param variant the key of the variant shown
 * @param context what the caller recorded with it (a screen, a placement); empty when none
 * @param exposedAt when the user was shown it
 */
public record Exposure(String id, String experimentKey, String variant, Map<String, Object> context,
    Instant exposedAt) {

  /**
   * An exposure; {@code context} is copied, and null reads as empty.
   *
   * @param id the exposure's id
   * @param experimentKey the experiment's key
   * @param variant the variant shown
   * @param context the caller's context, or null
   * @param exposedAt when it was shown
   */
  public Exposure {
    context = context == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
  }
}
