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

import dev.amba.OffsetPage;
import dev.amba.email.EmailDelivery;
import dev.amba.email.EmailDeliveryQuery;
import dev.amba.email.EmailMessage;
import dev.amba.email.EmailRecipient;
import dev.amba.email.EmailSendResult;
import dev.amba.email.EmailStatus;
import dev.amba.email.NewEmailTemplate;
import dev.amba.email.SuppressionReason;
import dev.amba.experiments.ExperimentResults;
import dev.amba.experiments.ExperimentVariant;
import dev.amba.experiments.NewExperiment;
import dev.amba.experiments.VariantResult;
import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.RequestOptions;
import dev.amba.testkit.Fault;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.amba.AmbaConflictException;
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
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.NewModerationRule;
import dev.amba.moderation.NewReport;
import dev.amba.reviews.NewReview;
import dev.amba.reviews.Review;
import dev.amba.groups.Group;
import dev.amba.groups.GroupRole;
import dev.amba.groups.NewGroup;
import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemPage;
import dev.amba.content.ContentLibrary;
import dev.amba.content.LibraryQuery;
import dev.amba.content.NewContentItem;
import dev.amba.content.NewContentLibrary;
import dev.amba.content.NewContentSchedule;
import dev.amba.content.ScheduleType;
import dev.amba.content.TodayItem;
import dev.amba.messaging.ConversationView;
import dev.amba.messaging.Message;
import dev.amba.messaging.NewConversation;
import dev.amba.messaging.UserMessaging;
import dev.amba.events.EventCount;
import dev.amba.sessions.AppSession;
import dev.amba.sessions.NewSession;
import dev.amba.sessions.SessionAnalytics;
import dev.amba.sessions.SessionPeriod;
import dev.amba.sessions.UserSessions;
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
import dev.amba.sync.ChangeResult;
import dev.amba.sync.ChangeStatus;
import dev.amba.sync.SyncAction;
import dev.amba.sync.SyncChange;
import dev.amba.sync.SyncConflict;
import dev.amba.sync.SyncPull;
import dev.amba.sync.SyncResult;
import dev.amba.sync.UserSync;
import dev.amba.diagnostics.DiagnosticsPing;
import dev.amba.deeplinks.DeepLinkConfigUpdate;
import dev.amba.deeplinks.LinkStats;
import dev.amba.deeplinks.NewTrackedLink;
import dev.amba.deeplinks.ResolvedLink;
import dev.amba.deeplinks.TrackedLink;
import dev.amba.deeplinks.UserDeepLinks;
import dev.amba.onboarding.NewOnboardingFlow;
import dev.amba.onboarding.NewOnboardingStep;
import dev.amba.onboarding.OnboardingState;
import dev.amba.onboarding.OnboardingStatus;
import dev.amba.onboarding.UserOnboarding;
import dev.amba.roles.NewRole;
import dev.amba.roles.PermissionCheck;
import dev.amba.roles.Role;
import dev.amba.roles.UserRoles;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.RecordedEmail;
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
  void sessions(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String adaId = emulator.createUser(project);
    String sessionId = java.util.UUID.randomUUID().toString();
    amba.xp().createRule(NewXpRule.of("Opened the app", "session_started", 5));

    UserSessions sessions = amba.asUser(adaId).sessions();
    sessions.start(NewSession.of(sessionId).platform("ios").appVersion("2.4.0"));
    assertThat(amba.asUser(adaId).xp().balance().totalXp()).isEqualTo(5);
    assertThat(sessions.heartbeat(sessionId).durationSeconds()).isNotNull();
    AppSession ended = sessions.end(sessionId);
    assertThat(ended.endedAt()).isNotNull();
    assertThat(ended.durationSeconds()).isNotNull();

    SessionAnalytics week = amba.sessions().analytics(SessionPeriod.DAYS_7);
    assertThat(week.dau()).isGreaterThanOrEqualTo(1);
    assertThat(week.totalSessions()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void content() {
    // The schedule ticks at 09:00 UTC: on an emulator of its own with a clock the test moves.
    dev.amba.wire.ManualClock clock = new dev.amba.wire.ManualClock(Instant.parse("2030-05-06T08:00:00Z"));
    try (AmbaEmulator own = AmbaEmulator.builder().quiet(true).clock(clock).start()) {
      EmulatorProject project = own.createProject();
      String adaId = own.createUser(project);
      try (AmbaClient amba = AmbaClient.configure(own.config(project))) {
        ContentLibrary tips = amba.content().createLibrary(NewContentLibrary.of("Daily Tips"));
        assertThat(tips.slug()).isEqualTo("daily_tips");
        amba.content().addItems(tips.id(), List.of(NewContentItem.of("Drink water"), NewContentItem.of("Stretch")));
        amba.content().createSchedule(NewContentSchedule.of(tips.id(), "tip of the day",
            ScheduleType.DAILY_ROTATION));

        AmbaUser ada = amba.asUser(adaId);
        clock.advance(Duration.ofHours(1));
        TodayItem tip = ada.content().getToday("daily_tips");
        assertThat(tip.body()).isEqualTo("Drink water");
        ada.content().updateState(tip.id(), Map.of("read", true));
        ContentItem mine = ada.content().createItem("daily_tips", NewContentItem.of("Walk at lunch"));
        ContentItemPage page = ada.content().getLibrary("daily_tips", LibraryQuery.first().limit(20));
        assertThat(page.items()).extracting(ContentItem::id).contains(tip.id(), mine.id());
        assertThat(page.items().get(0).userState()).containsEntry("read", true);
        clock.advance(Duration.ofDays(1));
        assertThat(ada.content().getToday("daily_tips").body()).isEqualTo("Stretch");
      }
    }
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
  void email(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = amba.auth().signUpWithEmail("ada.readme@example.com", "a long password").user().id();
    amba.email().saveTemplate(NewEmailTemplate.of("welcome", "Hi {{name}}", "<p>Welcome, <b>{{name}}</b>!</p>"));
    EmailSendResult sent = amba.asUser(uid).email().send("welcome", Map.of("name", "Ada"));
    assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
    assertThat(sent.messageId()).startsWith("emu_");
    amba.email().send(EmailRecipient.address("ops@example.com"), EmailMessage.text("Nightly report", "All green."));
    amba.email().suppress("bounced@example.com", SuppressionReason.BOUNCE);
    assertThat(amba.email().send(EmailRecipient.address("bounced@example.com"), EmailMessage.text("x", "y")).status())
        .isEqualTo(EmailStatus.SUPPRESSED);
    OffsetPage<EmailDelivery> log = amba.email().deliveries(EmailDeliveryQuery.all().template("welcome"), 0, 50);
    assertThat(log.items()).extracting(EmailDelivery::toEmail).containsExactly("ada.readme@example.com");

    List<RecordedEmail> recorded = emulator.recordedEmails(project);
    assertThat(recorded.get(0).text()).isEqualTo("Welcome, Ada!");
    assertThat(recorded.get(0).html()).isEqualTo("<p>Welcome, <b>Ada</b>!</p>");
    assertThat(recorded).extracting(RecordedEmail::status).containsExactly("sent", "sent", "suppressed");
  }

  @Test
  void experiments(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.experiments().create(NewExperiment.of("checkout_button", "Checkout button",
        List.of(ExperimentVariant.of("control", 50), ExperimentVariant.of("green", 50))));
    AmbaUser user = amba.asUser(uid);
    String variant = user.experiments().assignment("checkout_button").variant();
    assertThat(user.experiments().assignment("checkout_button").variant()).isEqualTo(variant);
    user.experiments().expose("checkout_button", Map.of("screen", "cart"));
    user.events().track("checkout_completed");
    ExperimentResults r = amba.experiments().results("checkout_button", "checkout_completed");
    VariantResult mine = r.variant(variant).orElseThrow();
    assertThat(mine.exposedUsers()).isEqualTo(1);
    assertThat(mine.convertedUsers()).isEqualTo(1);
    assertThat(r.variant("green")).isPresent();
  }

  @Test
  void sync(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.collections().define(dev.amba.collections.CollectionDefinition.of("notes",
        dev.amba.collections.Column.of("body", dev.amba.collections.ColumnType.TEXT)));
    Instant now = Instant.now();
    Instant madeAt = now.minusSeconds(600), editedAt = now.minusSeconds(300), deletedAt = now.minusSeconds(60);
    String noteId = java.util.UUID.randomUUID().toString();
    // The stale note: written on the server after the user deleted it offline.
    String staleId = (String) amba.asUser(uid).collection("notes").insert(Map.of("body", "server copy")).get("id");
    Map<String, Map<String, Object>> local = new java.util.HashMap<>();
    String checkpoint = null;

    UserSync sync = amba.asUser(uid).sync();
    SyncResult pushed = sync.pushChanges(List.of(
        SyncChange.create("notes", noteId, Map.of("body", "Written on the train"), madeAt),
        SyncChange.update("notes", noteId, Map.of("body", "Edited in the tunnel"), editedAt),
        SyncChange.delete("notes", staleId, deletedAt)));
    assertThat(pushed.applied()).isEqualTo(2);
    for (SyncConflict c : pushed.conflicts()) {
      local.put(c.entityId(), c.serverData());
    }
    assertThat(local.get(staleId)).containsEntry("body", "server copy");
    assertThat(pushed.results()).extracting(ChangeResult::status)
        .containsExactly(ChangeStatus.APPLIED, ChangeStatus.APPLIED, ChangeStatus.CONFLICT);

    SyncPull page = sync.pullChanges("notes", checkpoint);
    checkpoint = page.checkpointToken();
    assertThat(page.hasMore()).isFalse();
    assertThat(page.changes()).allSatisfy(c -> assertThat(c.action()).isEqualTo(SyncAction.UPDATE));
    assertThat(page.changes().get(1).data()).containsEntry("body", "Edited in the tunnel");
    assertThat(sync.pullChanges("notes", checkpoint).changes()).isEmpty();
  }

  @Test
  void diagnostics(EmulatorProject project, AmbaClient amba) {
    DiagnosticsPing ping = amba.diagnostics().ping();
    assertThat(ping.ok()).isTrue();
    assertThat(ping.error()).isNull();
    assertThat(ping.keyFingerprint()).startsWith("sha256:").hasSize(23).doesNotContain(project.clientKey());
    assertThat(ping.serverProjectId()).isEqualTo(project.projectId());
    assertThat(ping.environment()).isEqualTo("development");
  }

  @Test
  void moderationAndReviews(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String adaId = emulator.createUser(project);
    String bobId = emulator.createUser(project);
    amba.moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));

    AmbaUser ada = amba.asUser(adaId), bob = amba.asUser(bobId);
    Review held = ada.reviews().submit(NewReview.of("recipe-42", 5).itemType("recipe").body("Casino tonight!"));
    assertThat(held.isApproved()).isFalse();
    bob.reviews().submit(NewReview.of("recipe-42", 4).itemType("recipe").body("Tasty"));
    assertThat(bob.reviews().getForItem("recipe", "recipe-42", 0, 20).avgRating()).isEqualTo(4.0);

    ModerationItem item = amba.moderation().queue(ModerationStatus.PENDING, 0, 10).items().get(0);
    assertThat(item.contentId()).isEqualTo(held.id());
    amba.moderation().approve(item.id());
    assertThat(bob.reviews().getForItem("recipe", "recipe-42", 0, 20).avgRating()).isEqualTo(4.5);

    ModerationItem report = bob.moderation().report(NewReport.of("review", held.id()).reason("off topic"));
    amba.moderation().reject(report.id());
    assertThat(bob.reviews().getForItem("recipe", "recipe-42", 0, 20).avgRating()).isEqualTo(4.0);
    assertThatThrownBy(() -> amba.moderation().approve(report.id()))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_resolved"));
  }

  @Test
  void messaging(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String adaId = emulator.createUser(project);
    String bobId = emulator.createUser(project);
    String cyId = emulator.createUser(project);
    String deeId = emulator.createUser(project);

    UserMessaging ada = amba.asUser(adaId).messaging(), bob = amba.asUser(bobId).messaging();
    ConversationView dm = ada.createConversation(NewConversation.direct(bobId));
    ada.sendMessage(dm.id(), "Rematch tonight?");
    ConversationView inbox = bob.getConversations(0, 20).items().get(0);
    assertThat(inbox.unreadCount()).isEqualTo(1);
    assertThat(inbox.lastMessage().map(Message::senderId)).contains(adaId);
    bob.markRead(dm.id());
    assertThat(bob.getConversations(0, 20).items().get(0).unreadCount()).isZero();
    ConversationView team = ada.createConversation(NewConversation.group(bobId, cyId).name("Raid night"));
    ada.addParticipant(team.id(), deeId);
    assertThat(amba.asUser(deeId).messaging().getConversations().map(ConversationView::id)).containsExactly(team.id());
    assertThatThrownBy(() -> ada.addParticipant(dm.id(), deeId))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_payload"));
    Message newest = bob.listMessages(dm.id()).findFirst().orElseThrow();
    assertThat(newest.body()).isEqualTo("Rematch tonight?");

    amba.asUser(bobId).friends().blockUser(adaId);
    assertThatThrownBy(() -> ada.sendMessage(dm.id(), "?"))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("blocked"));
    amba.messaging().deleteMessage(newest.id());
    assertThat(amba.messaging().listMessages(dm.id()).toList()).isEmpty();
    assertThat(amba.messaging().stats().totalConversations()).isEqualTo(2);
  }

  @Test
  void deepLinks(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.deepLinks().create(NewTrackedLink.to("https://shop.example.com/sale").slug("summer-sale"));
    amba.deepLinks().updateConfig(DeepLinkConfigUpdate.create().urlScheme("myapp").fallbackUrl("https://example.com/app"));

    UserDeepLinks links = amba.asUser(uid).deepLinks();
    ResolvedLink link = links.resolve("summer-sale");
    assertThat(link.destinationUrl()).isEqualTo("https://shop.example.com/sale");
    links.click(link.id(), "ios");
    String scheme = links.config().orElseThrow().urlScheme();
    assertThat(scheme).isEqualTo("myapp");
    TrackedLink mine = links.create(NewTrackedLink.to("myapp://invite/42"));
    assertThat(mine.slug()).matches("[a-z0-9]{8}");
    assertThat(mine.createdBy()).isEqualTo(uid);

    LinkStats stats = amba.deepLinks().stats(link.id());
    assertThat(stats.totalClicks()).isEqualTo(1);
    assertThat(stats.uniqueUsers()).isEqualTo(1);
    assertThat(stats.clicksByPlatform()).isEqualTo(Map.of("ios", 1L));
  }

  @Test
  void onboarding(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    amba.onboarding().create(NewOnboardingFlow.of("First run",
        NewOnboardingStep.of("welcome", "Welcome", "welcome"),
        NewOnboardingStep.of("goals", "Your goals", "question")));

    UserOnboarding onboarding = amba.asUser(uid).onboarding();
    assertThat(onboarding.status().currentStep()).isEqualTo("welcome");
    assertThat(onboarding.status().status()).isEqualTo(OnboardingState.NOT_STARTED);
    assertThat(onboarding.nextStep().currentStep()).isEqualTo("goals");
    OnboardingStatus done = onboarding.nextStep(Map.of("goal", "focus"));
    assertThat(done.completed()).isTrue();
    double rate = amba.onboarding().stats().get(0).completionRate();
    assertThat(rate).isEqualTo(1.0);
  }

  @Test
  void roles(EmulatorProject project, AmbaClient amba, AmbaEmulator emulator) {
    String uid = emulator.createUser(project);
    Role mod = amba.roles().create(NewRole.of("moderator", "posts:delete", "users:mute"));
    amba.roles().assign(uid, mod.id());

    UserRoles roles = amba.asUser(uid).roles();
    assertThat(roles.hasPermission("posts:delete")).isTrue();
    assertThat(roles.hasPermission("posts:*")).isFalse();
    PermissionCheck check = roles.check("users:mute");
    assertThat(check.roles()).containsExactly("moderator");
    List<String> all = roles.permissions();
    assertThat(all).containsExactly("posts:delete", "users:mute");
  }

  @Test
  void observingCalls(AmbaEmulator emulator) {
    String uid = emulator.createUser(emulator.defaultProject());
    String incomingRequestId = "req-from-the-caller";
    emulator.faults().next(1, Fault.status(503));

    Map<String, Integer> callsByOutcome = new ConcurrentHashMap<>();
    List<String> retries = new CopyOnWriteArrayList<>();
    AmbaListener metrics = new AmbaListener() {
      @Override
      public void onCall(AmbaListener.Call call) {
        callsByOutcome.merge(call.operation() + " " + call.status(), 1, Integer::sum);
      }

      @Override
      public void onAttempt(AmbaListener.Attempt attempt) {
        attempt.retryReason().ifPresent(reason -> retries.add(attempt.route() + ": " + reason));
      }
    };
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(wait -> {})
        .listener(metrics).build())) {
      amba.withOptions(RequestOptions.none().withRequestId(incomingRequestId)).users().get(uid);
    }
    assertThat(callsByOutcome).containsExactly(Map.entry("admin.users.get 200", 1));
    assertThat(retries).containsExactly("/v1/admin/projects/{projectId}/users/{userId}: status 503");
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

  @Test
  void verifiedSessions(AmbaClient amba, AmbaEmulator emulator) {
    String sessionToken = amba.auth().signInAnonymously().sessionToken();

    // README "Verified sessions for a BFF"
    dev.amba.auth.VerifiedSession caller = amba.auth().verifySession(sessionToken);   // cached up to 60 s
    AmbaUser user = amba.asUser(caller.userId());
    user.events().track("bff_opened");

    assertThat(caller.expiry()).isPresent();
    assertThat(user.users().me().id()).isEqualTo(caller.userId());
    assertThatThrownBy(() -> amba.auth().verifySession("amb_sess_not_a_session_0123456789"))
        .isInstanceOf(dev.amba.AmbaAuthenticationException.class);
    try (AmbaClient bff = AmbaClient.configure(emulator.config().toBuilder()
        .sessionCacheTtl(java.time.Duration.ofSeconds(30))   // default 60 s; Duration.ZERO asks every time
        .build())) {
      assertThat(bff.auth().verifySession(sessionToken).userId()).isEqualTo(caller.userId());
    }
  }
}
