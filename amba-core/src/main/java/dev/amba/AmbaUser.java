package dev.amba;

import dev.amba.email.UserEmail;
import dev.amba.experiments.UserExperiments;
import dev.amba.achievements.UserAchievements;
import dev.amba.ai.UserAi;
import dev.amba.catalog.UserCatalog;
import dev.amba.challenges.UserChallenges;
import dev.amba.collections.UserCollection;
import dev.amba.config.UserConfig;
import dev.amba.entitlements.UserEntitlements;
import dev.amba.events.UserEvents;
import dev.amba.leaderboards.UserLeaderboards;
import dev.amba.leagues.UserLeagues;
import dev.amba.push.UserPush;
import dev.amba.storage.UserStorage;
import dev.amba.referrals.UserReferrals;
import dev.amba.stores.UserStores;
import dev.amba.content.UserContent;
import dev.amba.feeds.UserFeeds;
import dev.amba.sessions.UserSessions;
import dev.amba.flags.UserFlags;
import dev.amba.friends.UserFriends;
import dev.amba.sync.UserSync;
import dev.amba.moderation.UserModeration;
import dev.amba.reviews.UserReviews;
import dev.amba.deeplinks.UserDeepLinks;
import dev.amba.onboarding.UserOnboarding;
import dev.amba.roles.UserRoles;
import dev.amba.groups.UserGroups;
import dev.amba.messaging.UserMessaging;
import dev.amba.currencies.UserCurrencies;
import dev.amba.inventory.UserInventory;
import dev.amba.streaks.UserStreaks;
import dev.amba.users.UserUsers;
import dev.amba.xp.UserXp;
import java.util.Map;

/**
 * A handle acting for one end user, from {@link AmbaClient#asUser(String)}. Every call goes to the
 * client plane on the user's behalf: reads are limited to the user's rows, inserts are stamped with
 * the user, deletes touch only the user's rows. Immutable and thread-safe; it shares its client's
 * connections and is closed with it.
 */
public interface AmbaUser {

  /**
   * The user id this handle acts for.
   *
   * @return the uid given to {@link AmbaClient#asUser(String)}
   */
  String uid();

  /**
   * The user's own profile.
   *
   * @return the {@link UserUsers} operations, acting for this handle's user
   */
  UserUsers users();

  /**
   * Analytics events recorded for this user.
   *
   * @return the {@link UserEvents} operations, acting for this handle's user
   */
  UserEvents events();

  /**
   * The user's files: presigned uploads (streamed, never held in memory) and assets.
   *
   * @return the {@link UserStorage} operations, acting for this handle's user
   */
  UserStorage storage();

  /**
   * The user's device tokens for push notifications.
   *
   * @return the {@link UserPush} operations, acting for this handle's user
   */
  UserPush push();

  /**
   * The AI proxy: prompts by slug, answered for this user, usage recorded for this user.
   *
   * @return the {@link UserAi} operations, acting for this handle's user
   */
  UserAi ai();

  /**
   * The remote config as this user's app sees it, ETag-cached.
   *
   * @return the {@link UserConfig} operations, acting for this handle's user
   */
  UserConfig config();

  /**
   * The user's entitlements.
   *
   * @return the {@link UserEntitlements} operations, acting for this handle's user
   */
  UserEntitlements entitlements();

  /**
   * The user's streaks: list them settled, or qualify one without an event.
   *
   * @return the {@link UserStreaks} operations, acting for this handle's user
   */
  UserStreaks streaks();
  /**
   * The user's XP and level, the rules that earn XP, and grant claims.
   *
   * @return the {@link UserXp} operations, acting for this handle's user
   */
  UserXp xp();
  /**
   * The user's currency balances and transactions (read-only).
   *
   * @return the {@link UserCurrencies} operations, acting for this handle's user
   */
  UserCurrencies currencies();

  /**
   * The user's achievements: what is unlocked and how far the rest are.
   *
   * @return the {@link UserAchievements} operations, acting for this handle's user
   */
  UserAchievements achievements();

  /**
   * The challenges the user can join, and the user's standing in those joined.
   *
   * @return the {@link UserChallenges} operations, acting for this handle's user
   */
  UserChallenges challenges();

  /**
   * The project's active leaderboards, ranked in their current windows, and this user's place on them.
   *
   * @return the {@link UserLeaderboards} operations, acting for this handle's user
   */
  UserLeaderboards leaderboards();

  /**
   * This user's weekly league: cohort, tier, live rank, and the cohort's members.
   *
   * @return the {@link UserLeagues} operations, acting for this handle's user
   */
  UserLeagues leagues();

  /**
   * The project's active catalog items, their prices and bundle contents.
   *
   * @return the {@link UserCatalog} operations, acting for this handle's user
   */
  UserCatalog catalog();

  /**
   * The stores this user may see, with the listings each shows now.
   *
   * @return the {@link UserStores} operations, acting for this handle's user
   */
  UserStores stores();

  /**
   * What this user owns; buying items with the user's currency (retry-safe) and using consumables up.
   *
   * @return the {@link UserInventory} operations, acting for this handle's user
   */
  UserInventory inventory();
  /**
   * This user's own referral code to share, and claims of the codes others shared.
   *
   * @return the {@link UserReferrals} operations, acting for this handle's user
   */
  UserReferrals referrals();

  /**
   * The user's friends, friend requests and blocks: the user moves only the pairs it is in, and
   * never sees another pair's rows.
   *
   * @return the {@link UserFriends} operations, acting for this handle's user
   */
  UserFriends friends();

  /**
   * The project's feature flags as this user receives them: the same for every user (section 34).
   *
   * @return the {@link UserFlags} operations, acting for this handle's user
   */
  UserFlags flags();

  /**
   * The groups the user creates, finds, joins and runs, by the role it has in each.
   *
   * @return the {@link UserGroups} operations, acting for this handle's user
   */
  UserGroups groups();

  /**
   * The activity feeds the user may read: its own, its friends', its groups'.
   *
   * @return the {@link UserFeeds} operations, acting for this handle's user
   */
  UserFeeds feeds();

  /**
   * Transactional email to this user's own address, from the project's templates.
   *
   * @return the {@link UserEmail} operations, acting for this handle's user
   */
  UserEmail email();

  /**
   * This user's variant of each experiment (deterministic and sticky), and exposures to it.
   *
   * @return the {@link UserExperiments} operations, acting for this handle's user
   */
  UserExperiments experiments();

  /**
   * Content for the user: the item each channel serves today, library pages, the user's own items
   * (only the user changes them) and the user's private state of any item.
   *
   * @return the {@link UserContent} operations, acting for this handle's user
   */
  UserContent content();

  /**
   * The user's app sessions, by the app's own session ids: start, heartbeat, end, list.
   *
   * @return the {@link UserSessions} operations, acting for this handle's user
   */
  UserSessions sessions();

  /**
   * The user's offline changes replayed onto its own collection rows, and the rows changed since a
   * checkpoint; the server wins a conflict.
   *
   * @return the {@link UserSync} operations, acting for this handle's user
   */
  UserSync sync();
  /**
   * The user's reports of content to the project's moderators, and how each stands.
   *
   * @return the {@link UserModeration} operations, acting for this handle's user
   */
  UserModeration moderation();

  /**
   * The user's reviews (one per item), and any item's approved reviews with its average rating.
   *
   * @return the {@link UserReviews} operations, acting for this handle's user
   */
  UserReviews reviews();

  /**
   * The user's direct and group conversations: only their participants read or write them, and a
   * blocked pair cannot message each other.
   *
   * @return the {@link UserMessaging} operations, acting for this handle's user
   */
  UserMessaging messaging();
  /**
   * Deep links: resolve and click the project's links, read its public link settings, make links to share.
   *
   * @return the {@link UserDeepLinks} operations, acting for this handle's user
   */
  UserDeepLinks deepLinks();

  /**
   * The user's way through the project's primary onboarding flow: status, next step, skip, complete.
   *
   * @return the {@link UserOnboarding} operations, acting for this handle's user
   */
  UserOnboarding onboarding();

  /**
   * The user's roles and permission checks; read-only (admins assign roles).
   *
   * @return the {@link UserRoles} operations, acting for this handle's user
   */
  UserRoles roles();

  /**
   * The user's rows of a collection, as read-only maps of column names to values. Sends nothing.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @return the collection as this user sees it
   * @throws IllegalArgumentException if {@code name} breaks the collection name rules
   */
  UserCollection<Map<String, Object>> collection(String name);

  /**
   * The user's rows of a collection, mapped to {@code type} (a public class or record) through JSON-B
   * with snake_case names: the component {@code createdAt} is the column {@code created_at}.
   * Sends nothing.
   *
   * @param <T> the row type
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @param type the row class or record
   * @return the collection as this user sees it, rows mapped to {@code type}
   * @throws IllegalArgumentException if {@code name} breaks the collection name rules
   * @throws NullPointerException if {@code type} is null
   */
  <T> UserCollection<T> collection(String name, Class<T> type);

  /**
   * A view of this handle whose calls use the given options.
   *
   * @param options the timeout, idempotency key or request id for the view's calls
   * @return the view, acting for the same user
   * @throws NullPointerException if {@code options} is null
   */
  AmbaUser withOptions(RequestOptions options);

  /**
   * Runs {@code call} on the client's executor and completes with its result: the asynchronous form
   * of every namespace, for fanning out.
   *
   * <pre>{@code
   * CompletableFuture<Page<Post>> page = user.async(u -> u.collection("posts", Post.class).find(query));
   * }</pre>
   *
   * <p>The call itself is the blocking one, on an executor thread (a virtual thread per call on Java
   * 21+, a pooled daemon thread on 17, or {@link AmbaConfig.Builder#executor}'s). Exceptions complete
   * the future exceptionally; cancelling the future does not stop a request already sent.
   *
   * @param <R> the call's result type
   * @param call the blocking calls to make, given this handle
   * @return a future completed with the call's result, or exceptionally with what it threw
   * @throws IllegalStateException at once if the client is closed
   */
  <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaUser, ? extends R> call);
}
