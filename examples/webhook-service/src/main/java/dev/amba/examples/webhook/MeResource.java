package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.inventory.InventoryItemView;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.streaks.StreakQualification;
import dev.amba.streaks.UserStreak;
import dev.amba.users.AppUser;
import dev.amba.xp.XpBalance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The BFF endpoints for the signed-in caller. The user comes from the session, through the {@code
 * ambaUser} attribute that AmbaFilter set; nothing in the request body or headers can name another.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  public record Owned(String item, String name, long quantity) {}

  /**
   * @param tier from the XP level: bronze, silver (level 2), gold (3 and up)
   * @param monthlyRank the place on this month's loyalty leaderboard, or null before the first order
   */
  public record LoyaltyStatus(long xp, int level, String tier, Integer monthlyRank) {}

  /** @param plan from the payments webhook, kept in the profile's properties; null without one */
  public record Profile(String uid, String email, String plan, long coins, List<Owned> items,
      LoyaltyStatus loyalty, int visitStreak) {}

  public record Visit(int streakDays, int longestStreak, boolean firstVisit) {}

  @Inject Checkout checkout;

  @GET
  public Profile me(@Context HttpServletRequest request) {
    return profile(Sessions.currentUser(request));
  }

  @POST
  @Path("checkout")
  @Consumes(MediaType.APPLICATION_JSON)
  public Checkout.Receipt checkout(Checkout.Request order, @Context HttpServletRequest request) {
    AmbaUser user = Sessions.currentUser(request);
    return checkout.checkout(user, order);
  }

  /**
   * The web app calls this when it opens. The BFF qualifies the daily-visit streak: once a day
   * counts, a second visit the same day changes nothing, a missed day starts again at 1.
   */
  @POST
  @Path("visit")
  public Visit visit(@Context HttpServletRequest request) {
    StreakQualification q = Sessions.currentUser(request).streaks().qualify(Shop.VISIT_STREAK);
    return new Visit(q.streak().currentCount(), q.streak().longestCount(), q.firstQualification());
  }

  static Profile profile(AmbaUser user) {
    AppUser me = user.users().me();
    List<Owned> items = user.inventory().list().stream()
        .map((InventoryItemView v) -> new Owned(v.item() == null ? v.catalogItemId() : v.item().key(),
            v.item() == null ? null : v.item().name(), v.quantity()))
        .toList();
    XpBalance xp = user.xp().balance();
    LeaderboardEntry board = user.leaderboards().me(Shop.LOYALTY_BOARD);
    int streak = user.streaks().list().stream().filter(s -> s.key().equals(Shop.VISIT_STREAK))
        .mapToInt(UserStreak::currentCount).findFirst().orElse(0);
    return new Profile(me.id(), me.email(), me.properties().get("plan") instanceof String p ? p : null,
        Wallet.coins(user), items,
        new LoyaltyStatus(xp.totalXp(), xp.currentLevel(), Loyalty.tier(xp.currentLevel()), board.rank()), streak);
  }
}
