package dev.amba.experiments;

import java.time.Instant;
import java.util.Map;

/**
 * One time a user was shown its variant (35.3).
 *
 * @param context what the caller recorded with it (a screen, a placement); empty when none
 */
public record Exposure(String id, String experimentKey, String variant, Map<String, Object> context,
    Instant exposedAt) {

  public Exposure {
    context = context == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
  }
}
