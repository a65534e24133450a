package dev.amba.achievements;

/**
 * How far the acting user is toward an achievement's criteria.
 *
 * @param currentValue the value the criteria measure now, capped at {@code targetValue}; for an
 *     unlocked achievement the target itself, since an unlock is permanent
 * @param targetValue the value that unlocks
 */
public record CriteriaProgress(long currentValue, long targetValue) {

  /**
   * {@code currentValue / targetValue}, from 0 to 1.
   *
   * @return the share of the target reached, clamped to 0..1; 0 for a target of 0 or less
   */
  public double fraction() {
    return targetValue <= 0 ? 0 : Math.min(1.0, Math.max(0.0, (double) currentValue / targetValue));
  }
}
