package dev.amba.entitlements;

/**
 * Common wire values of an entitlement's {@code store}. Strings rather than an enum: the service
 * accepts others, and adds stores over time.
 */
public final class PurchaseStore {

  /** Bought in Apple's App Store on iOS or iPadOS. */
  public static final String APP_STORE = "app_store";
  /** Bought in Apple's Mac App Store. */
  public static final String MAC_APP_STORE = "mac_app_store";
  /** Bought in Google Play. */
  public static final String PLAY_STORE = "play_store";
  /** Bought in the Amazon Appstore. */
  public static final String AMAZON = "amazon";
  /** Bought on the web through Stripe. */
  public static final String STRIPE = "stripe";
  /** Granted by the app's operators, not bought. */
  public static final String PROMOTIONAL = "promotional";

  private PurchaseStore() {}
}
