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
   * @return the uid given to {@link AmbaClient#asUser}
   */
  String uid();

  /**
   * The user's own profile.
   *
   * @return the {@code users} namespace of this user handle
   */
  UserUsers users();

  /**
   * Analytics events recorded for this user.
   *
   * @return the {@code events} namespace of this user handle
   */
  UserEvents events();

  /**
   * The user's files: presigned uploads (streamed, never held in memory) and assets.
   *
   * @return the {@code storage} namespace of this user handle
   */
  UserStorage storage();

  /**
   * The user's device tokens for push notifications.
   *
   * @return the {@code push} namespace of this user handle
   */
  UserPush push();

  /**
   * The AI proxy: prompts by slug, answered for this user, usage recorded for this user.
   *
   * @return the {@code ai} namespace of this user handle
   */
  UserAi ai();

  /**
   * The remote config as this user's app sees it, ETag-cached.
   *
   * @return the {@code config} namespace of this user handle
   */
  UserConfig config();

  /**
   * The user's entitlements.
   *
   * @return the {@code entitlements} namespace of this user handle
   */
  UserEntitlements entitlements();

  /**
   * The user's streaks: list them settled, or qualify one without an event.
   *
   * @return the {@code streaks} namespace of this user handle
   */
  UserStreaks streaks();
  /**
   * The user's XP and level, the rules that earn XP, and grant claims.
   *
   * @return the {@code xp} namespace of this user handle
   */
  UserXp xp();
  /**
   * The user's currency balances and transactions (read-only).
   *
   * @return the {@code currencies} namespace of this user handle
   */
  UserCurrencies currencies();

  /**
   * The user's achievements: what is unlocked and how far the rest are.
   *
   * @return the {@code achievements} namespace of this user handle
   */
  UserAchievements achievements();

  /**
   * The challenges the user can join, and the user's standing in those joined.
   *
   * @return the {@code challenges} namespace of this user handle
   */
  UserChallenges challenges();

  /**
   * The project's active leaderboards, ranked in their current windows, and this user's place on them.
   *
   * @return the {@code leaderboards} namespace of this user handle
   */
  UserLeaderboards leaderboards();

  /**
   * This user's weekly league: cohort, tier, live rank, and the cohort's members.
   *
   * @return the {@code leagues} namespace of this user handle
   */
  UserLeagues leagues();

  /**
   * The project's active catalog items, their prices and bundle contents.
   *
   * @return the {@code catalog} namespace of this user handle
   */
  UserCatalog catalog();

  /**
   * The stores this user may see, with the listings each shows now.
   *
   * @return the {@code stores} namespace of this user handle
   */
  UserStores stores();

  /**
   * What this user owns; buying items with the user's currency (retry-safe) and using consumables up.
   *
   * @return the {@code inventory} namespace of this user handle
   */
  UserInventory inventory();
  /**
   * This user's own referral code to share, and claims of the codes others shared.
   *
   * @return the {@code referrals} namespace of this user handle
   */
  UserReferrals referrals();

  /**
   * The user's friends, friend requests and blocks: the user moves only the pairs it is in, and
   * never sees another pair's rows.
   *
   * @return the {@code friends} namespace of this user handle
   */
  UserFriends friends();

  /**
   * The project's feature flags as this user receives them: the same for every user (section 34).
   *
   * @return the {@code flags} namespace of this user handle
   */
  UserFlags flags();

  /**
   * The groups the user creates, finds, joins and runs, by the role it has in each.
   *
   * @return the {@code groups} namespace of this user handle
   */
  UserGroups groups();

  /**
   * The activity feeds the user may read: its own, its friends', its groups'.
   *
   * @return the {@code feeds} namespace of this user handle
   */
  UserFeeds feeds();

  /**
   * Transactional email to this user's own address, from the project's templates.
   *
   * @return the {@code email} namespace of this user handle
   */
  UserEmail email();

  /**
   * This user's variant of each experiment (deterministic and sticky), and exposures to it.
   *
   * @return the {@code experiments} namespace of this user handle
   */
  UserExperiments experiments();

  /**
   * Content for the user: the item each channel serves today, library pages, the user's own items
   * (only the user changes them) and the user's private state of any item.
   *
   * @return the {@code content} namespace of this user handle
   */
  UserContent content();

  /**
   * The user's app sessions, by the app's own session ids: start, heartbeat, end, list.
   *
   * @return the {@code sessions} namespace of this user handle
   */
  UserSessions sessions();

  /**
   * The user's offline changes replayed onto its own collection rows, and the rows changed since a
   * checkpoint; the server wins a conflict.
   *
   * @return the {@code sync} namespace of this user handle
   */
  UserSync sync();
  /**
   * The user's reports of content to the project's moderators, and how each stands.
   *
   * @return the {@code moderation} namespace of this user handle
   */
  UserModeration moderation();

  /**
   * The user's reviews (one per item), and any item's approved reviews with its average rating.
   *
   * @return the {@code reviews} namespace of this user handle
   */
  UserReviews reviews();

  /**
   * The user's direct and group conversations: only their participants read or write them, and a
   * blocked pair cannot message each other.
   *
   * @return the {@code messaging} namespace of this user handle
   */
  UserMessaging messaging();
  /**
   * Deep links: resolve and click the project's links, read its public link settings, make links to share.
   *
   * @return the {@code deepLinks} namespace of this user handle
   */
  UserDeepLinks deepLinks();

  /**
   * The user's way through the project's primary onboarding flow: status, next step, skip, complete.
   *
   * @return the {@code onboarding} namespace of this user handle
   */
  UserOnboarding onboarding();

  /**
   * The user's roles and permission checks; read-only (admins assign roles).
   *
   * @return the {@code roles} namespace of this user handle
   */
  UserRoles roles();

  /**
   * The user's rows of a collection, as read-only maps of column names to values. Sends nothing.
   *
   * @param name the collection's name
   * @return the user's view of the collection, rows as maps
   * @throws IllegalArgumentException if {@code name} breaks the collection name rules
   */
  UserCollection<Map<String, Object>> collection(String name);

  /**
   * The user's rows of a collection, mapped to {@code type} (a public class or record) through JSON-B
   * with snake_case names: the component {@code createdAt} is the column {@code created_at}.
   * Sends nothing.
   *
   * @param <T> the row type
   * @param name the collection's name
   * @param type the row class or record
   * @return the user's view of the collection, rows as {@code type}
   * @throws IllegalArgumentException if {@code name} breaks the collection name rules
   */
  <T> UserCollection<T> collection(String name, Class<T> type);

  /**
   * A view of this handle whose calls use the given options.
   *
   * @param options the timeout, retry policy, idempotency key or request id to use
   * @return the view; this handle is unchanged
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
   * @param <R> what {@code call} returns
   * @param call the blocking calls to make as this user
   * @return a future completed with {@code call}'s result, or exceptionally with what it threw
   * @throws IllegalStateException at once if the client is closed
   */
  <R> java.util.concurrent.CompletableFuture<R> async(java.util.function.Function<? super AmbaUser, ? extends R> call);
}
