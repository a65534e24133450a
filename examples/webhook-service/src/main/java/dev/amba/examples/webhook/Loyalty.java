package dev.amba.examples.webhook;

/**
 * Loyalty is XP: every order earns {@link Shop#XP_PER_ORDER} through the XP rule on
 * {@code checkout_completed}, and the tier is the XP level Amba computes. Nothing is stored in the
 * user's properties, so there is nothing to keep in step.
 */
final class Loyalty {

  private Loyalty() {}

  static String tier(int level) {
    return level >= 3 ? "gold" : level == 2 ? "silver" : "bronze";
  }

  /** The monthly bonus, in coins, for a tier's customers; 0 for bronze. */
  static int monthlyBonus(int level) {
    return switch (tier(level)) {
      case "gold" -> 150;
      case "silver" -> 50;
      default -> 0;
    };
  }
}
