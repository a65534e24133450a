package dev.amba.wire.readme;

import dev.amba.flags.FlagAssignment;
import dev.amba.flags.FlagUpdate;
import dev.amba.flags.NewFlag;
import dev.amba.segments.Condition;
import dev.amba.segments.NewSegment;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentRules;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gte;
import static dev.amba.collections.Where.ilike;
import static dev.amba.collections.Where.in;
import static dev.amba.collections.Where.isNull;
import static dev.amba.collections.Where.like;
import static dev.amba.collections.Where.not;
import static dev.amba.collections.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.Page;
import dev.amba.ai.AiRequest;
import dev.amba.ai.AnthropicMessage;
import dev.amba.ai.PromptDefinition;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.collections.CollectionDefinition;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.NewCurrency;
import dev.amba.currencies.NewGrantRule;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Index;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.events.Event;
import dev.amba.feeds.FeedItem;
import dev.amba.feeds.NewFeedRule;
import dev.amba.friends.Friendship;
import dev.amba.groups.Group;
import dev.amba.groups.GroupRole;
import dev.amba.groups.NewGroup;
import dev.amba.events.EventCount;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventGrouping;
import dev.amba.events.EventPipeline;
import dev.amba.events.EventPipelineOptions;
import dev.amba.inventory.PurchaseResult;
import dev.amba.inventory.UserInventory;
import dev.amba.push.Platform;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralReward;
import dev.amba.push.PushCampaign;
import dev.amba.push.NewCampaign;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.NewBucket;
import dev.amba.storage.PresignedUpload;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.NewAchievement;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardPeriod;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.UserStreak;
import dev.amba.xp.NewXpRule;
import dev.amba.xp.XpBalance;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's code, run against the emulator, so the examples users copy stay true. */
@ExtendWith(AmbaEmulatorExtension.class)
public class ReadmeExamplesWireTest {

  public record Post(String id, String title, String status, Integer score, Instant createdAt) {}

  @Test
  void gamification(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.streaks().create(NewStreak.of("daily_play", "Daily play", "game.played")
        .gracePeriodHours(6).freezeEnabled(true).maxFreezes(2));
    amba.xp().createRule(NewXpRule.of("Game played", "game.played", 60).maxPerDay(5));
    amba.achievements().create(NewAchievement.of("ten_games", "Ten games",
        AchievementCriteria.eventCount("game.played", 10)).xpReward(50));
    amba.leaderboards().create(NewLeaderboard.xp("Weekly XP").key("weekly_xp").period(LeaderboardPeriod.WEEKLY));

    AmbaUser player = amba.asUser(uid);
    player.events().track("game.played");
    player.events().track("game.played");
    UserStreak streak = player.streaks().list().get(0);
    assertThat(streak.currentCount()).isEqualTo(1);
    assertThat(streak.status()).isEqualTo(StreakStatus.ACTIVE);
    XpBalance xp = player.xp().balance();
    assertThat(xp.totalXp()).isEqualTo(120);
    assertThat(xp.currentLevel()).isEqualTo(2);
    assertThat(xp.xpIntoLevel()).isEqualTo(20);
    assertThat(amba.streaks().grantShield(uid, "daily_play", 1).freezesRemaining()).isEqualTo(1);
    LeaderboardEntry me = player.leaderboards().me("weekly_xp");
    assertThat(me.score()).isEqualTo(120.0);
    assertThat(me.rank()).isEqualTo(1);
    assertThat(amba.events().count(EventCountQuery.since(Instant.now().minusSeconds(3600))
        .eventName("xp_awarded").userId(uid)).total()).isEqualTo(2);
  }

  @Test
  void economy(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.currencies().create(NewCurrency.of("coins", "Coins").maxBalance(10_000));
    amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 25));

    String providerEventId = "evt_" + java.util.UUID.randomUUID();
    for (int delivery = 0; delivery < 3; delivery++) {
      CurrencyTransaction paid = amba.currencies().grant(
          CurrencyGrant.of(uid, "coins", 500).reason("pack_500"), providerEventId);
      assertThat(paid.balanceAfter()).isEqualTo(500);
    }
    assertThat(amba.asUser(uid).currencies().balances().get(0).balance()).isEqualTo(500);

    CatalogItem potion = amba.catalog().create(NewCatalogItem.of("potion", "Potion").itemType(ItemType.CONSUMABLE));
    amba.catalog().setPrice(potion.id(), "coins", BigDecimal.valueOf(100));
    UserInventory bag = amba.asUser(uid).inventory();
    PurchaseResult bought = bag.purchase("potion", "coins");
    long left = bought.balanceAfter();
    assertThat(left).isEqualTo(400);
    assertThat(bag.list()).singleElement().satisfies(v -> assertThat(v.quantity()).isEqualTo(1));
    bag.consume("potion", 1);
    assertThat(bag.list()).isEmpty();

    amba.asUser(uid).events().track("level.completed");
    assertThat(amba.asUser(uid).currencies().balances().get(0).balance()).isEqualTo(425);
  }

  @Test
  void referrals(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String ada = emulator.createUser(project);
    String bob = emulator.createUser(project);
    amba.currencies().create(NewCurrency.of("coins", "Coins").maxBalance(10_000));
    amba.referrals().create(NewReferralCode.generated()
        .rewardReferrer(ReferralReward.of("coins", 100)).rewardReferee(ReferralReward.of("coins", 50).withXp(20)));
    String share = amba.asUser(ada).referrals().getMyCode().code();
    assertThat(share).hasSize(8).isEqualTo(amba.asUser(ada).referrals().getMyCode().code());
    ReferralClaim claim = amba.asUser(bob).referrals().claim(share.toLowerCase());
    assertThat(claim.referrerId()).isEqualTo(ada);

    assertThat(amba.asUser(ada).currencies().balances().get(0).balance()).isEqualTo(100);
    assertThat(amba.asUser(bob).currencies().balances().get(0).balance()).isEqualTo(50);
    assertThat(amba.asUser(bob).xp().balance().totalXp()).isEqualTo(20);
    assertThatThrownBy(() -> amba.asUser(bob).referrals().claim(share))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("already_claimed"));
    assertThat(amba.events().count(EventCountQuery.since(Instant.now().minusSeconds(3600))
        .eventName("referral_claimed").userId(bob)).total()).isEqualTo(1);
  }

  @Test
  void featureFlags(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.flags().create(NewFlag.named("new_checkout").enabled(true).variant("b")
        .payload(Map.of("color", "green")));
    Optional<FlagAssignment> checkout = amba.asUser(uid).flags().get("new_checkout");
    assertThat(checkout).map(FlagAssignment::variant).contains("b");
    assertThat(checkout.orElseThrow().payload()).isEqualTo(Map.of("color", "green"));
    amba.flags().update("new_checkout", FlagUpdate.create().enabled(false));
    assertThat(amba.asUser(uid).flags().get("new_checkout")).isEmpty();
  }

  @Test
  void segments(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    AmbaUser ada = amba.asUser(emulator.createUser(project));
    AmbaUser bob = amba.asUser(emulator.createUser(project));
    ada.users().update(dev.amba.users.ProfileUpdate.create().properties(Map.of("plan", "pro")));
    ada.events().track("app_open", Map.of());

    Segment pro = amba.segments().create(NewSegment.of("Pro users",
        SegmentRules.all(Condition.eq("properties.plan", "pro"),
            SegmentRules.any(Condition.within("last_seen_at", Duration.ofDays(30)),
                Condition.eq("entitlements.is_active", true)))));
    assertThat(amba.users().listAll(UserQuery.all().segmentId(pro.id())).map(dev.amba.users.AppUser::id))
        .containsExactly(ada.uid());
    Store shop = amba.stores().create(NewStore.named("Pro shop").segmentId(pro.id()));
    assertThat(ada.stores().list()).extracting(Store::id).contains(shop.id());
    assertThat(bob.stores().list()).extracting(Store::id).doesNotContain(shop.id());
    assertThat(amba.push().campaigns().create(NewCampaign.of("Hi", "For pros").segment(pro.id())).segmentId())
        .isEqualTo(pro.id());
    long counted = amba.segments().evaluate(pro.id()).userCount();
    assertThat(counted).isEqualTo(1);
  }

  @Test
  void social(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String adaId = emulator.createUser(project);
    String bobId = emulator.createUser(project);
    amba.feeds().createRule(NewFeedRule.of("level.completed", "completed_level").targetType("level"));

    AmbaUser ada = amba.asUser(adaId), bob = amba.asUser(bobId);
    Friendship request = ada.friends().sendRequest(bobId);
    bob.friends().accept(request.id());
    ada.events().track("level.completed", Map.of("target_id", "level-3"));
    FeedItem seen = bob.feeds().get().findFirst().orElseThrow();
    assertThat(seen.actorId()).isEqualTo(adaId);
    assertThat(seen.action()).isEqualTo("completed_level");
    assertThat(seen.targetId()).isEqualTo("level-3");

    Group club = ada.groups().create(NewGroup.named("Chess club").publicGroup(false).maxMembers(20));
    ada.groups().invite(club.id(), bobId);
    assertThat(bob.feeds().getGroup(club.id()).map(FeedItem::id)).containsExactly(seen.id());
    amba.groups().setRole(club.id(), bobId, GroupRole.OWNER);
    assertThat(ada.groups().getMine().get(0).role()).isEqualTo(GroupRole.ADMIN);

    bob.friends().blockUser(adaId);
    assertThat(bob.feeds().get().toList()).isEmpty();
    assertThat(ada.friends().getAll()).isEmpty();
    assertThatThrownBy(() -> ada.friends().sendRequest(bobId))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("blocked"));
  }

  @Test
  void quickstart(AmbaClient amba) {
    String uid = amba.auth().signInAnonymously().user().id();
    AmbaUser user = amba.asUser(uid);
    user.events().track("checkout_completed", Map.of("amount", 99));
    user.users().update(ProfileUpdate.create().displayName("Ada"));
    AppUser seen = amba.users().get(uid);
    assertThat(seen.displayName()).isEqualTo("Ada");
    List<String> found = new ArrayList<>();
    amba.users().listAll(UserQuery.search("ada")).forEach(u -> found.add(u.id()));
    assertThat(found).contains(uid);

    List<CompletableFuture<Long>> counts = List.of(uid).stream()
        .map(id -> amba.asUser(id).async(u -> u.users().me().id().isEmpty() ? 0L : 1L))
        .toList();
    assertThat(counts.get(0).join()).isEqualTo(1L);
  }

  @Test
  void collections(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("posts",
            Column.of("title", ColumnType.TEXT), Column.of("status", ColumnType.TEXT),
            Column.of("score", ColumnType.INTEGER), Column.optional("published_at", ColumnType.TIMESTAMPTZ))
        .withIndex(Index.on("score desc")));
    String uid = emulator.createUser(emulator.defaultProject());
    UserCollection<Post> posts = amba.asUser(uid).collection("posts", Post.class);
    Post p = posts.insert(new Post(null, "Hello", "published", 120, null));
    Optional<Post> same = posts.get(p.id());
    assertThat(same).contains(p);
    Page<Post> page = posts.find(Query.where(and(eq("status", "published"), gte("score", 100),
            or(like("title", "Hel%"), isNull("published_at"))))
        .orderBy("score", Direction.DESC).limit(50));
    assertThat(page.items()).containsExactly(p);
    assertThat(posts.findAll(Query.where(not(in("status", "draft", "hidden")))).stream().count()).isEqualTo(1);
    assertThat(posts.count(ilike("title", "%hello%"))).isEqualTo(1);
    posts.update(p.id(), Map.of("status", "archived"));
    posts.delete(p.id());
    assertThat(amba.asUser(uid).collection("posts").get(p.id())).isEmpty();
  }

  @Test
  void eventsPipelineAndCounts(AmbaEmulator emulator, AmbaClient amba) {
    String uid = emulator.createUser(emulator.defaultProject());
    Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
    try (EventPipeline events = amba.events().pipeline(EventPipelineOptions.defaults()
        .capacity(10_000).flushInterval(Duration.ofSeconds(1)).offerTimeout(Duration.ofSeconds(5))
        .onFailure(f -> { }))) {
      events.track(uid, Event.of("page_viewed", Map.of("path", "/pricing")));
      events.flush();
      assertThat(events.stats().delivered()).isEqualTo(1);
    }
    EventCount n = amba.events().count(EventCountQuery.since(weekAgo).eventName("page_viewed")
        .property("path", "/pricing").groupBy(EventGrouping.DAY));
    assertThat(n.total()).isEqualTo(1);
  }

  @Test
  void storagePushAndAi(AmbaEmulator emulator, AmbaClient amba, @TempDir Path dir) throws Exception {
    String uid = emulator.createUser(emulator.defaultProject());
    AmbaUser user = amba.asUser(uid);
    amba.storage().createBucket(NewBucket.named("avatars").publicRead(true));
    amba.storage().createBucket("docs");
    Path path = Files.writeString(dir.resolve("me.png"), "not really a png");
    MediaAsset a = user.storage().upload(UploadSpec.of("avatars", "me.png", "image/png"), path);
    byte[] scanned = "%PDF-1.7".getBytes(StandardCharsets.UTF_8);
    PresignedUpload up = user.storage().presign("docs", "scan.pdf", "application/pdf", scanned.length);
    user.storage().put(up, new ByteArrayInputStream(scanned));
    MediaAsset doc = user.storage().commit(up);
    assertThat(user.storage().listAll().map(MediaAsset::id)).contains(a.id(), doc.id());
    user.storage().delete(doc.id());

    user.push().register("apns-token-1234567890", Platform.APNS, "com.example.app");
    PushCampaign draft = amba.push().campaigns().create(NewCampaign.of("Hello", "Welcome back"));
    assertThat(amba.push().campaigns().send(draft.id()).id()).isEqualTo(draft.id());

    amba.ai().prompts().upsert(PromptDefinition.anthropic("support_assistant", "claude-sonnet-4-5",
        "You help customers of Acme. Question: {{user_query}}").maxTokens(1024));
    AnthropicMessage reply = user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "where is my order?").maxTokens(1024));
    assertThat(reply.text()).contains("where is my order?");
    assertThat(reply.usage().outputTokens()).isPositive();
  }
}
