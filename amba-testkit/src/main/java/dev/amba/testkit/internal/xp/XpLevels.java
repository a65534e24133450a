package dev.amba.testkit.internal.xp;

/**
 * The level curve of 13.4 #1: level L starts at {@code 50·L·(L−1)} total XP (L1 0, L2 100, L3 300,
 * L4 600, ...), and a user's level is the highest one reached.
 */
final class XpLevels {

  private XpLevels() {}

  /** The total XP at which {@code level} (≥ 1) begins. */
  static long start(long level) {
    return 50 * level * (level - 1);
  }

  /** The highest level whose start {@code totalXp} (≥ 0) has reached. */
  static int level(long totalXp) {
    // The root of 50L² − 50L − total = 0, then corrected by exact arithmetic for any rounding.
    long level = (long) ((1 + Math.sqrt(1 + totalXp / 12.5)) / 2);
    while (level > 1 && start(level) > totalXp) {
      level--;
    }
    while (start(level + 1) <= totalXp) {
      level++;
    }
    return (int) Math.max(1, level);
  }
}
