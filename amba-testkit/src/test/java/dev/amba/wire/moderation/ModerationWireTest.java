package dev.amba.wire.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.feeds.FeedItem;
import dev.amba.feeds.NewFeedRule;
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationRule;
import dev.amba.moderation.ModerationRuleType;
import dev.amba.moderation.ModerationRuleUpdate;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.NewModerationRule;
import dev.amba.moderation.NewReport;
import dev.amba.moderation.TrustLevel;
import dev.amba.moderation.TrustSetting;
import dev.amba.moderation.UserTrustLevel;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.UploadSpec;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moderation over the wire (27): reports and their dedupe, every 27.4 transition allowed and
 * refused (a refused one changes nothing), the effects on feed items and media, rules and their
 * configs, trust levels, and isolation of the client routes.
 */
class ModerationWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-02-04T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void setUp() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
  }

  private ModerationItem reported(String contentId) {
    clock.advance(Duration.ofSeconds(1));
    return ada.moderation().report(NewReport.of("custom_post", contentId).reason("spam"));
  }

  private ModerationItem stored(String itemId) {
    for (ModerationStatus s : List.of(ModerationStatus.PENDING, ModerationStatus.APPROVED,
        ModerationStatus.REJECTED, ModerationStatus.ESCALATED)) {
      Optional<ModerationItem> found = p.amba().moderation().queueAll(s).filter(i -> i.id().equals(itemId)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new AssertionError("no item " + itemId);
  }

  private static void conflict(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(AmbaConflictException.class,
        e -> assertThat(e.code()).isEqualTo("already_resolved"));
  }

  // ---------------------------------------------------------------- reports (27.1)

  @Test
  void report_is201Pending_andTheSameCallerAndContentWhilePendingIs200WithTheSameItem() {
    ModuleCalls.Answer first = p.raw().asUser(ada.uid(), "POST", "/moderation/report",
        "{\"content_type\":\"review\",\"content_id\":\"r-1\",\"reason\":\"rude\"}");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.data().getString("status")).isEqualTo("pending");
    assertThat(first.data().getString("reported_by")).isEqualTo(ada.uid());
    assertThat(first.data().getString("reason")).isEqualTo("rude");
    assertThat(first.data().isNull("moderator_id")).isTrue();
    assertThat(first.data().isNull("resolved_at")).isTrue();
    ModuleCalls.Answer again = p.raw().asUser(ada.uid(), "POST", "/moderation/report",
        "{\"content_type\":\"review\",\"content_id\":\"r-1\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().getString("id")).isEqualTo(first.data().getString("id"));
    ModerationItem other = bob.moderation().report(NewReport.of("review", "r-1"));
    assertThat(other.id()).isNotEqualTo(first.data().getString("id"));
    assertThat(other.reason()).isNull();
    assertThat(p.amba().moderation().queueAll(ModerationStatus.PENDING)).hasSize(2);
  }

  @Test
  void aResolvedReport_isNotJoined_aNewReportOpensANewItem() {
    ModerationItem first = reported("post-1");
    p.amba().moderation().approve(first.id());
    ModerationItem second = reported("post-1");
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.status()).isEqualTo(ModerationStatus.PENDING);
  }

  @Test
  void report_withABadBody_is400InvalidInput_andFilesNothing() {
    ModuleCalls.Answer bad = p.raw().asUser(ada.uid(), "POST", "/moderation/report",
        "{\"content_type\":\"Not A Type\",\"reason\":\"\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_input");
    assertThat(bad.fieldPaths()).contains("content_type", "content_id", "reason");
    assertThat(p.raw().asUser(ada.uid(), "POST", "/moderation/report",
        "{\"content_type\":\"review\",\"content_id\":\"x\",\"moderator_id\":\"me\"}").status()).isEqualTo(400);
    assertThat(ada.moderation().getMyReports()).isEmpty();
  }

  @Test
  void myReports_newestFirst_andOnlyTheCallersOwn() {
    ModerationItem one = reported("post-1");
    ModerationItem two = reported("post-2");
    bob.moderation().report(NewReport.of("custom_post", "post-3"));
    assertThat(ada.moderation().getMyReports()).extracting(ModerationItem::id).containsExactly(two.id(), one.id());
    assertThat(ada.moderation().reportStatus(one.id())).isEqualTo(one);
  }

  @Test
  void isolation_anotherUsersReportId_is404_andTheirListsShowNothingOfIt() {
    ModerationItem mine = reported("post-1");
    assertThatThrownBy(() -> bob.moderation().reportStatus(mine.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("not_found");
          assertThat(e.getMessage()).doesNotContain("post-1", "spam", ada.uid());
        });
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "GET", "/moderation/reports/" + mine.id(), null);
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.json().toString()).doesNotContain("post-1", "spam", ada.uid());
    assertThat(bob.moderation().getMyReports()).isEmpty();
  }

  @Test
  void reportUser_filesAUserItem_andResolvingItChangesNothingElse() {
    ModerationItem item = ada.moderation().reportUser(bob.uid(), "harassment");
    assertThat(item.contentType()).isEqualTo("user");
    assertThat(item.contentId()).isEqualTo(bob.uid());
    assertThat(p.amba().moderation().reject(item.id()).status()).isEqualTo(ModerationStatus.REJECTED);
    assertThat(bob.users().me().id()).isEqualTo(bob.uid());
  }

  // ---------------------------------------------------------------- 27.4 transitions

  @Test
  void pending_approve_isApproved_stampedByAdminNow() {
    ModerationItem item = reported("post-1");
    clock.advance(Duration.ofMinutes(5));
    ModerationItem approved = p.amba().moderation().approve(item.id());
    assertThat(approved.status()).isEqualTo(ModerationStatus.APPROVED);
    assertThat(approved.moderatorId()).isEqualTo("admin");
    assertThat(approved.resolvedAt()).isEqualTo(clock.instant());
    assertThat(approved.createdAt()).isEqualTo(item.createdAt());
    assertThat(ada.moderation().reportStatus(item.id())).isEqualTo(approved);
  }

  @Test
  void pending_reject_isRejected_withTheSameStamps() {
    ModerationItem item = reported("post-1");
    ModerationItem rejected = p.amba().moderation().reject(item.id());
    assertThat(rejected.status()).isEqualTo(ModerationStatus.REJECTED);
    assertThat(rejected.moderatorId()).isEqualTo("admin");
    assertThat(rejected.resolvedAt()).isEqualTo(clock.instant());
  }

  @Test
  void pending_escalate_isEscalated_withoutAResolvedAt_andEscalatingAgainChangesNothing() {
    ModerationItem item = reported("post-1");
    ModerationItem escalated = p.amba().moderation().escalate(item.id());
    assertThat(escalated.status()).isEqualTo(ModerationStatus.ESCALATED);
    assertThat(escalated.resolvedAt()).isNull();
    clock.advance(Duration.ofMinutes(1));
    assertThat(p.amba().moderation().escalate(item.id())).isEqualTo(escalated);
    assertThat(p.amba().moderation().queueAll(ModerationStatus.ESCALATED)).containsExactly(escalated);
    assertThat(p.amba().moderation().queueAll(ModerationStatus.PENDING)).isEmpty();
  }

  @Test
  void escalated_approve_and_escalated_reject_resolve() {
    ModerationItem a = reported("post-1");
    ModerationItem b = reported("post-2");
    p.amba().moderation().escalate(a.id());
    p.amba().moderation().escalate(b.id());
    clock.advance(Duration.ofMinutes(1));
    ModerationItem approved = p.amba().moderation().approve(a.id());
    ModerationItem rejected = p.amba().moderation().reject(b.id());
    assertThat(approved.status()).isEqualTo(ModerationStatus.APPROVED);
    assertThat(approved.resolvedAt()).isEqualTo(clock.instant());
    assertThat(rejected.status()).isEqualTo(ModerationStatus.REJECTED);
    assertThat(rejected.resolvedAt()).isEqualTo(clock.instant());
  }

  @Test
  void approved_anything_is409AlreadyResolved_andChangesNothing() {
    ModerationItem item = reported("post-1");
    ModerationItem approved = p.amba().moderation().approve(item.id());
    clock.advance(Duration.ofMinutes(1));
    conflict(() -> p.amba().moderation().approve(item.id()));
    conflict(() -> p.amba().moderation().reject(item.id()));
    conflict(() -> p.amba().moderation().escalate(item.id()));
    assertThat(stored(item.id())).isEqualTo(approved);
  }

  @Test
  void rejected_anything_is409AlreadyResolved_andChangesNothing() {
    ModerationItem item = reported("post-1");
    ModerationItem rejected = p.amba().moderation().reject(item.id());
    clock.advance(Duration.ofMinutes(1));
    conflict(() -> p.amba().moderation().approve(item.id()));
    conflict(() -> p.amba().moderation().reject(item.id()));
    conflict(() -> p.amba().moderation().escalate(item.id()));
    assertThat(stored(item.id())).isEqualTo(rejected);
  }

  @Test
  void anUnknownItem_is404_forEveryTransition() {
    String none = "00000000-0000-4000-8000-000000000000";
    for (Function<String, ModerationItem> step : List.<Function<String, ModerationItem>>of(
        p.amba().moderation()::approve, p.amba().moderation()::reject, p.amba().moderation()::escalate)) {
      assertThatThrownBy(() -> step.apply(none)).isInstanceOf(AmbaNotFoundException.class);
    }
    assertThat(p.raw().admin("POST", "/moderation/queue/not-an-id/approve", null).status()).isEqualTo(404);
  }

  @Test
  void approveAndRejectAtOnce_exactlyOneWins_theOtherIs409() throws Exception {
    for (int round = 0; round < 8; round++) {
      ModerationItem item = reported("post-" + round);
      List<Integer> statuses = Together.run(2, t -> p.raw().admin("POST",
          "/moderation/queue/" + item.id() + (t == 0 ? "/approve" : "/reject"), null).status());
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }
  }

  @Test
  void queue_filtersByStatus_pendingByDefault_newestFirst_andABadStatusIs400() {
    ModerationItem one = reported("post-1");
    ModerationItem two = reported("post-2");
    ModerationItem three = reported("post-3");
    p.amba().moderation().reject(two.id());
    ModuleCalls.Answer raw = p.raw().admin("GET", "/moderation/queue", null);
    assertThat(raw.json().getInt("total")).isEqualTo(2);
    assertThat(raw.json().getInt("limit")).isEqualTo(50);
    assertThat(p.amba().moderation().queue(ModerationStatus.PENDING, 0, 10).items()).extracting(ModerationItem::id)
        .containsExactly(three.id(), one.id());
    assertThat(p.amba().moderation().queue(ModerationStatus.PENDING, 1, 1).items()).extracting(ModerationItem::id)
        .containsExactly(one.id());
    assertThat(p.amba().moderation().queueAll(ModerationStatus.REJECTED)).extracting(ModerationItem::id)
        .containsExactly(two.id());
    assertThat(p.raw().admin("GET", "/moderation/queue?status=open", null).status()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- effects (27.4)

  @Test
  void rejectingAFeedItem_deletesIt_andApprovingOneKeepsIt() {
    p.amba().feeds().createRule(NewFeedRule.of("level.completed", "completed_level"));
    ada.events().track("level.completed", Map.of("target_id", "level-1"));
    clock.advance(Duration.ofSeconds(1));
    ada.events().track("level.completed", Map.of("target_id", "level-2"));
    List<FeedItem> items = ada.feeds().getMine().toList();
    FeedItem kept = items.get(1);
    FeedItem removed = items.get(0);
    ModerationItem keep = bob.moderation().report(NewReport.of("feed_item", kept.id()));
    ModerationItem remove = bob.moderation().report(NewReport.of("feed_item", removed.id()));
    p.amba().moderation().approve(keep.id());
    p.amba().moderation().escalate(remove.id());
    assertThat(ada.feeds().getMine().toList()).hasSize(2);
    p.amba().moderation().reject(remove.id());
    assertThat(ada.feeds().getMine().toList()).extracting(FeedItem::id).containsExactly(kept.id());
  }

  @Test
  void rejectingMedia_softDeletesTheAsset_andApprovingKeepsIt() {
    p.amba().storage().createBucket("uploads");
    MediaAsset kept = ada.storage().upload(UploadSpec.of("uploads", "a.txt", "text/plain"), new byte[] {1, 2});
    MediaAsset gone = ada.storage().upload(UploadSpec.of("uploads", "b.txt", "text/plain"), new byte[] {3});
    p.amba().moderation().approve(bob.moderation().report(NewReport.of("media", kept.id())).id());
    p.amba().moderation().reject(bob.moderation().report(NewReport.of("media", gone.id())).id());
    assertThat(ada.storage().get(kept.id()).id()).isEqualTo(kept.id());
    assertThatThrownBy(() -> ada.storage().get(gone.id())).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void rejectingContentOfAnotherProjectOrNoneAtAll_resolvesTheItem_andTouchesNothing() {
    ModerationItem ghost = bob.moderation().report(NewReport.of("feed_item", "00000000-0000-4000-8000-000000000000"));
    assertThat(p.amba().moderation().reject(ghost.id()).status()).isEqualTo(ModerationStatus.REJECTED);
    ModerationItem odd = bob.moderation().report(NewReport.of("media", "not-an-asset"));
    assertThat(p.amba().moderation().reject(odd.id()).status()).isEqualTo(ModerationStatus.REJECTED);
  }

  // ---------------------------------------------------------------- rules (27.2)

  @Test
  void rules_ofEachType_areCreatedActive_listedInOrder_updatedAndDeleted() {
    ModerationRule words = p.amba().moderation().createRule(NewModerationRule.keywords("spam", List.of("casino",
        "free money")));
    ModerationRule links = p.amba().moderation().createRule(NewModerationRule.pattern("links", "https?://\\S+")
        .active(false));
    ModerationRule trusted = p.amba().moderation().createRule(NewModerationRule.autoApproveTrusted("trusted"));
    assertThat(words.ruleType()).isEqualTo(ModerationRuleType.KEYWORD_FILTER);
    assertThat(words.keywords()).containsExactly("casino", "free money");
    assertThat(words.isActive()).isTrue();
    assertThat(links.pattern()).contains("https?://\\S+");
    assertThat(links.isActive()).isFalse();
    assertThat(trusted.keywords()).isEmpty();
    assertThat(p.amba().moderation().rules()).containsExactly(words, links, trusted);

    clock.advance(Duration.ofSeconds(5));
    ModerationRule changed = p.amba().moderation().updateRule(words.id(),
        ModerationRuleUpdate.create().name("spam 2").keywords(List.of("lottery")));
    assertThat(changed.name()).isEqualTo("spam 2");
    assertThat(changed.keywords()).containsExactly("lottery");
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    assertThat(p.amba().moderation().updateRule(links.id(), ModerationRuleUpdate.create().active(true)).isActive())
        .isTrue();

    p.amba().moderation().deleteRule(trusted.id());
    assertThat(p.amba().moderation().rules()).extracting(ModerationRule::id).containsExactly(words.id(), links.id());
    assertThatThrownBy(() -> p.amba().moderation().deleteRule(trusted.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().moderation().updateRule(trusted.id(), ModerationRuleUpdate.create().active(true)))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void aConfigThatDoesNotFitItsType_is400InvalidRule_andStoresNothing() {
    for (String body : List.of(
        "{\"name\":\"r\",\"rule_type\":\"regex\",\"config\":{\"pattern\":\"(unclosed\"}}",
        "{\"name\":\"r\",\"rule_type\":\"regex\",\"config\":{\"keywords\":[\"a\"]}}",
        "{\"name\":\"r\",\"rule_type\":\"keyword_filter\",\"config\":{\"keywords\":[]}}",
        "{\"name\":\"r\",\"rule_type\":\"keyword_filter\",\"config\":{\"keywords\":[\" \"]}}",
        "{\"name\":\"r\",\"rule_type\":\"keyword_filter\"}",
        "{\"name\":\"r\",\"rule_type\":\"auto_approve_trusted\",\"config\":{\"pattern\":\"x\"}}",
        "{\"name\":\"r\",\"rule_type\":\"keyword_filter\",\"config\":[\"a\"]}")) {
      ModuleCalls.Answer a = p.raw().admin("POST", "/moderation/rules", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.code()).as(body).isEqualTo("invalid_rule");
    }
    ModuleCalls.Answer badType = p.raw().admin("POST", "/moderation/rules",
        "{\"name\":\"r\",\"rule_type\":\"sentiment\",\"config\":{}}");
    assertThat(badType.code()).isEqualTo("invalid_input");
    assertThat(p.amba().moderation().rules()).isEmpty();
  }

  @Test
  void anUpdate_isCheckedAgainstTheRulesType_whichNeverChanges() {
    ModerationRule words = p.amba().moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));
    assertThatThrownBy(() -> p.amba().moderation().updateRule(words.id(), ModerationRuleUpdate.create()
        .pattern("casino"))).isInstanceOfSatisfying(AmbaBadRequestException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_rule"));
    assertThat(p.raw().admin("PATCH", "/moderation/rules/" + words.id(), "{\"rule_type\":\"regex\"}").status())
        .isEqualTo(400);
    assertThat(p.amba().moderation().rules()).containsExactly(words);
  }

  // ---------------------------------------------------------------- trust (27.2)

  @Test
  void setTrust_makesTheRow_thenChangesIt_keepingALeftOutAutoApprove() {
    UserTrustLevel made = p.amba().moderation().setTrust(TrustSetting.of(ada.uid(), TrustLevel.TRUSTED)
        .autoApprove(true));
    assertThat(made.appUserId()).isEqualTo(ada.uid());
    assertThat(made.trustLevel()).isEqualTo(TrustLevel.TRUSTED);
    assertThat(made.autoApprove()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    UserTrustLevel changed = p.amba().moderation().setTrust(TrustSetting.of(ada.uid(), TrustLevel.MODERATOR));
    assertThat(changed.id()).isEqualTo(made.id());
    assertThat(changed.autoApprove()).isTrue();
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    UserTrustLevel fresh = p.amba().moderation().setTrust(TrustSetting.of(bob.uid(), TrustLevel.NEW));
    assertThat(fresh.autoApprove()).isFalse();
    assertThat(p.raw().admin("POST", "/moderation/trust",
        "{\"app_user_id\":\"" + bob.uid() + "\",\"trust_level\":\"new\"}").status()).isEqualTo(200);
    assertThat(p.amba().moderation().trustLevelsAll()).extracting(UserTrustLevel::appUserId)
        .containsExactly(bob.uid(), ada.uid());
    assertThat(p.amba().moderation().trustLevels(0, 1).total()).isEqualTo(2);
  }

  @Test
  void setTrust_ofAUserTheProjectDoesNotHave_is404UserNotFound_andABadLevelIs400() {
    assertThatThrownBy(() -> p.amba().moderation().setTrust(TrustSetting.of("nobody-here", TrustLevel.TRUSTED)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    assertThat(p.raw().admin("POST", "/moderation/trust",
        "{\"app_user_id\":\"" + ada.uid() + "\",\"trust_level\":\"saint\"}").status()).isEqualTo(400);
    assertThat(p.amba().moderation().trustLevelsAll()).isEmpty();
  }
}
