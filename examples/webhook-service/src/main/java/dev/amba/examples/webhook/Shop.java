package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.currencies.NewCurrency;
import dev.amba.leaderboards.LeaderboardPeriod;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralReward;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.streaks.NewStreak;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpRule;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the service sells and rewards, as Amba module definitions: the coins currency, the catalog
 * items and the shop that lists them, the welcome promo code, the XP rule that makes an order
 * loyalty, the daily-visit streak and the monthly loyalty leaderboard.
 *
 * <p>{@link #ensure} makes whatever is missing and leaves alone what exists, so it runs at every
 * boot of every instance: a price an operator changed in the console stays changed. Two instances
 * booting at once may both try to create a definition; the loser's {@code *_exists} conflict means
 * the winner's row is there, and it is read back.
 */
public final class Shop {

  public static final String COINS = "coins";
  public static final String STORE = "shop";
  public static final String WELCOME_COUPON = "WELCOME10";
  public static final int WELCOME_COINS = 100;
  public static final String ORDER_EVENT = "checkout_completed";
  public static final int XP_PER_ORDER = 60;
  public static final String VISIT_STREAK = "daily_visit";
  public static final String LOYALTY_BOARD = "monthly_loyalty";

  /** One thing the shop sells: its key, name, type, catalog price and, when it differs, the shop's own. */
  record Product(String key, String name, ItemType type, long catalogPrice, Long shopPrice) {}

  static final List<Product> PRODUCTS = List.of(
      new Product("coffee_beans", "Coffee beans, 1 kg", ItemType.CONSUMABLE, 180, 150L),
      new Product("mug", "Mug", ItemType.CONSUMABLE, 120, null),
      new Product("grinder", "Burr grinder", ItemType.DURABLE, 890, null));

  private static final String XP_RULE_NAME = "Order placed";
  private static final System.Logger LOG = System.getLogger(Shop.class.getName());

  private Shop() {}

  /** Makes every definition the service needs that the project lacks; safe to run any number of times. */
  public static void ensure(AmbaClient amba) {
    once(() -> amba.currencies().list().stream().filter(c -> c.code().equals(COINS)).findFirst(),
        () -> amba.currencies().create(NewCurrency.of(COINS, "Coins")));

    Store shop = once(() -> amba.stores().list().stream().filter(s -> STORE.equals(s.key())).findFirst(),
        () -> amba.stores().create(NewStore.named("Coffee shop").key(STORE)));
    for (Product product : PRODUCTS) {
      CatalogItem item = once(() -> catalogItem(amba, product.key()), () -> {
        CatalogItem created = amba.catalog().create(NewCatalogItem.of(product.key(), product.name())
            .itemType(product.type()));
        amba.catalog().setPrice(created.id(), COINS, BigDecimal.valueOf(product.catalogPrice()));
        return created;
      });
      once(() -> amba.stores().listings(shop.id()).stream()
              .filter(l -> l.listing().catalogItemId().equals(item.id())).findFirst(),
          () -> {
            NewListing listing = NewListing.of(item.id()).sortOrder(PRODUCTS.indexOf(product));
            amba.stores().addListing(shop.id(),
                product.shopPrice() == null ? listing : listing.overridePrice(COINS, product.shopPrice()));
            return amba.stores().listings(shop.id()).stream()
                .filter(l -> l.listing().catalogItemId().equals(item.id())).findFirst().orElseThrow();
          });
    }

    // A code without an owner pays whoever claims it, once per user. Note that the oldest such code
    // is also the template users' own referral codes copy their rewards from.
    ReferralCode coupon = once(() -> amba.referrals().list().stream()
            .filter(c -> c.code().equalsIgnoreCase(WELCOME_COUPON)).findFirst(),
        () -> amba.referrals().create(NewReferralCode.withCode(WELCOME_COUPON)
            .rewardReferee(ReferralReward.of(COINS, WELCOME_COINS))));
    if (coupon.isUserOwned()) {
      throw new IllegalStateException("a user owns the referral code " + WELCOME_COUPON
          + ", so it cannot be the welcome coupon; delete it or change WELCOME_COUPON");
    }

    ensureXpRule(amba);
    once(() -> amba.streaks().list().stream().filter(s -> s.key().equals(VISIT_STREAK)).findFirst(),
        () -> amba.streaks().create(NewStreak.of(VISIT_STREAK, "Daily visit", "shop_visited")));
    once(() -> amba.leaderboards().list().stream().filter(b -> LOYALTY_BOARD.equals(b.key())).findFirst(),
        () -> amba.leaderboards().create(NewLeaderboard.xp("Monthly loyalty").key(LOYALTY_BOARD)
            .period(LeaderboardPeriod.MONTHLY)));
    LOG.log(System.Logger.Level.INFO, "shop definitions in place: coins, " + PRODUCTS.size()
        + " items in the shop, " + WELCOME_COUPON + ", XP per order, daily visits, monthly loyalty");
  }

  /**
   * XP rules have no key, so a rule is found by its name and event. Two instances racing here could
   * both create one, and every order would then earn twice: after creating, every instance keeps
   * the oldest matching rule and deletes the rest, so the race heals itself at boot.
   */
  private static void ensureXpRule(AmbaClient amba) {
    if (!xpRules(amba).isEmpty()) {
      return;
    }
    amba.xp().createRule(NewXpRule.of(XP_RULE_NAME, ORDER_EVENT, XP_PER_ORDER));
    List<XpRule> rules = xpRules(amba);
    for (XpRule extra : rules.subList(1, rules.size())) {
      try {
        amba.xp().deleteRule(extra.id());
      } catch (AmbaNotFoundException deletedByTheOtherInstance) {
        // Both instances saw the same extra rule; one delete is enough.
      }
    }
  }

  private static List<XpRule> xpRules(AmbaClient amba) {
    return amba.xp().rules().stream()
        .filter(r -> r.isActive() && r.name().equals(XP_RULE_NAME) && r.eventName().equals(ORDER_EVENT))
        .sorted(Comparator.comparing(XpRule::createdAt).thenComparing(XpRule::id)).toList();
  }

  private static Optional<CatalogItem> catalogItem(AmbaClient amba, String key) {
    return amba.catalog().list().stream().map(CatalogItemView::item).filter(i -> i.key().equals(key)).findFirst();
  }

  /** The definition {@code find} finds, else the one {@code create} makes, else (lost race) the winner's. */
  private static <T> T once(Supplier<Optional<T>> find, Supplier<T> create) {
    Optional<T> existing = find.get();
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return create.get();
    } catch (AmbaConflictException e) {
      return find.get().orElseThrow(() -> e);
    }
  }
}
