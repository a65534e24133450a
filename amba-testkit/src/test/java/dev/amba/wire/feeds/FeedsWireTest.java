package dev.amba.wire.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.NewAchievement;
import dev.amba.feeds.FeedItem;
import dev.amba.feeds.FeedItemQuery;
import dev.amba.feeds.FeedRule;
import dev.amba.feeds.FeedRuleUpdate;
import dev.amba.feeds.NewFeedRule;
import dev.amba.friends.Friendship;
import dev.amba.groups.Group;
import dev.amba.groups.NewGroup;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.xp.NewXpRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Feeds over the wire (24): rules, the items M4 stage 7 writes for tracked and derived events, and
 * who sees them: the user and its accepted friends, a group's members, never a blocked pair.
 */
class FeedsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;
  private AmbaUser cy;

  @BeforeEach
  void setUp() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
    cy = p.newUser("Cy");
    p.amba().feeds().createRule(NewFeedRule.of("level.completed", "completed_level").targetType("level"));
  }


  /** One item for the user: a completed level, a second later than the last. */
  private static void play(AmbaUser user, String level) {
    clock.advance(Duration.ofSeconds(1));
    user.events().track("level.completed", Map.of("target_id", level));
  }

  private static List<String> levels(List<FeedItem> items) {
    return items.stream().map(FeedItem::targetId).toList();
  }

  private static void friends(AmbaUser a, AmbaUser b) {
    Friendship sent = a.friends().sendRequest(b.uid());
    b.friends().accept(sent.id());
  }

  // ---------------------------------------------------------------- rules (24.2)

  @Test
  void createRule_is201Active_andTheSameEventAndActionAgain409RuleExists() {
    ModuleCalls.Answer raw = p.raw().admin("POST", "/feeds/rules",
        "{\"source_event\":\"achievement_unlocked\",\"action\":\"unlocked_achievement\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getBoolean("is_active")).isTrue();
    assertThat(raw.data().isNull("target_type")).isTrue();
    assertThatThrownBy(() -> p.amba().feeds().createRule(NewFeedRule.of("achievement_unlocked",
        "unlocked_achievement").targetType("achievement")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("rule_exists"));
    assertThat(p.amba().feeds().createRule(NewFeedRule.of("achievement_unlocked", "bragged")).action())
        .isEqualTo("bragged");
    ModuleCalls.Answer bad = p.raw().admin("POST", "/feeds/rules", "{\"source_event\":\"Not An Event\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactlyInAnyOrder("source_event", "action");
  }

  @Test
  void rules_listBySourceEvent_updateAndDelete_andTheItemsOfADeletedRuleStay() {
    FeedRule z = p.amba().feeds().createRule(NewFeedRule.of("zebra_seen", "saw_zebra"));
    FeedRule a = p.amba().feeds().createRule(NewFeedRule.of("apple_eaten", "ate_apple"));
    assertThat(p.amba().feeds().rules()).extracting(FeedRule::sourceEvent)
        .containsExactly("apple_eaten", "level.completed", "zebra_seen");
    clock.advance(Duration.ofSeconds(3));
    FeedRule changed = p.amba().feeds().updateRule(z.id(), FeedRuleUpdate.create().action("spotted_zebra")
        .targetType("animal"));
    assertThat(changed).isEqualTo(new FeedRule(z.id(), "zebra_seen", "spotted_zebra", "animal", true, z.createdAt(),
        clock.instant()));
    assertThatThrownBy(() -> p.amba().feeds().updateRule(a.id(), FeedRuleUpdate.create().sourceEvent("zebra_seen")
        .action("spotted_zebra"))).isInstanceOfSatisfying(AmbaConflictException.class,
            e -> assertThat(e.code()).isEqualTo("rule_exists"));
    play(ada, "level-1");
    FeedRule level = p.amba().feeds().rules().get(1);
    p.amba().feeds().deleteRule(level.id());
    assertThat(levels(ada.feeds().getMine().toList())).containsExactly("level-1");
    assertThatThrownBy(() -> p.amba().feeds().deleteRule(level.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba().feeds().updateRule(level.id(), FeedRuleUpdate.create().active(true)))
        .isInstanceOf(AmbaNotFoundException.class);
    play(ada, "level-2");
    assertThat(levels(ada.feeds().getMine().toList())).containsExactly("level-1");
  }

  // ---------------------------------------------------------------- generation (M4 stage 7)

  @Test
  void anEvent_writesOneItemPerActiveRuleNamingIt_withTheRulesActionAndTheEventsTargetAndProperties() {
    p.amba().feeds().createRule(NewFeedRule.of("level.completed", "levelled"));
    FeedRule off = p.amba().feeds().createRule(NewFeedRule.of("level.completed", "silent"));
    p.amba().feeds().updateRule(off.id(), FeedRuleUpdate.create().active(false));
    clock.advance(Duration.ofSeconds(1));
    ada.events().track("level.completed", Map.of("target_id", "level-3", "stars", 2));
    ada.events().track("level.started", Map.of("target_id", "level-4"));

    List<FeedItem> items = ada.feeds().getMine().toList();
    assertThat(items).extracting(FeedItem::action).containsExactlyInAnyOrder("completed_level", "levelled");
    FeedItem item = items.stream().filter(i -> i.action().equals("completed_level")).findFirst().orElseThrow();
    assertThat(item.actorId()).isEqualTo(ada.uid());
    assertThat(item.targetType()).isEqualTo("level");
    assertThat(item.targetId()).isEqualTo("level-3");
    assertThat(item.metadata()).isEqualTo(Map.of("target_id", "level-3", "stars", 2L));
    assertThat(item.createdAt()).isEqualTo(clock.instant());
    assertThat(item.actor()).isEqualTo(new UserSummary(ada.uid(), "Ada", "https://img/Ada.png"));
  }

  @Test
  void aTargetIdThatIsNotAShortString_isLeftOut() {
    ada.events().track("level.completed", Map.of("target_id", 7));
    ada.events().track("level.completed", Map.of("target_id", "x".repeat(257)));
    ada.events().track("level.completed");
    assertThat(ada.feeds().getMine().map(FeedItem::targetId).toList()).containsExactly(null, null, null);
  }

  @Test
  void aDerivedEvent_achievementUnlockedOrXpAwarded_writesAnItemToo() {
    p.amba().achievements().create(NewAchievement.of("first_game", "First game",
        AchievementCriteria.eventCount("game.played", 1)));
    p.amba().xp().createRule(NewXpRule.of("Game played", "game.played", 60));
    p.amba().feeds().createRule(NewFeedRule.of("achievement_unlocked", "unlocked_achievement")
        .targetType("achievement"));
    p.amba().feeds().createRule(NewFeedRule.of("xp_awarded", "earned_xp"));
    ada.events().track("game.played");
    friends(ada, bob);

    List<FeedItem> items = bob.feeds().get().toList();
    assertThat(items).extracting(FeedItem::action).containsExactlyInAnyOrder("unlocked_achievement", "earned_xp");
    FeedItem unlocked = items.stream().filter(i -> i.action().equals("unlocked_achievement")).findFirst().orElseThrow();
    assertThat(unlocked.metadata()).containsEntry("key", "first_game").containsKey("achievement_id");
    assertThat(unlocked.targetType()).isEqualTo("achievement");
    assertThat(unlocked.actorId()).isEqualTo(ada.uid());
    FeedItem xp = items.stream().filter(i -> i.action().equals("earned_xp")).findFirst().orElseThrow();
    assertThat(xp.metadata()).containsEntry("amount", 60L);
  }

  // ---------------------------------------------------------------- audiences (24.1, 24.3)

  @Test
  void feed_isTheUsersAndItsAcceptedFriendsItems_newestFirst() {
    play(ada, "a1");
    play(bob, "b1");
    play(cy, "c1");
    play(ada, "a2");
    friends(ada, bob);
    assertThat(levels(ada.feeds().get().toList())).containsExactly("a2", "b1", "a1");
    assertThat(levels(bob.feeds().get().toList())).containsExactly("a2", "b1", "a1");
    assertThat(levels(cy.feeds().get().toList())).containsExactly("c1");
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "GET", "/feeds", null);
    assertThat(raw.json().getInt("limit")).isEqualTo(20);
    assertThat(raw.json().getInt("total")).isEqualTo(3);
    OffsetPage<dev.amba.feeds.FeedItem> page = ada.feeds().get(1, 1);
    assertThat(levels(page.items())).containsExactly("b1");
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void aNonFriend_andAPendingRequest_showNothingOfTheOther() {
    play(bob, "b1");
    assertThat(ada.feeds().get().toList()).isEmpty();
    ada.friends().sendRequest(bob.uid());
    assertThat(ada.feeds().get().toList()).isEmpty();
    assertThat(levels(bob.feeds().get().toList())).containsExactly("b1");
  }

  @Test
  void aBlockedPair_seesNothingOfEachOther_inAnyFeed() {
    Group g = ada.groups().create(NewGroup.named("Club"));
    bob.groups().join(g.id());
    cy.groups().join(g.id());
    play(ada, "a1");
    play(bob, "b1");
    play(cy, "c1");
    friends(ada, bob);
    assertThat(levels(ada.feeds().get().toList())).containsExactly("b1", "a1");
    bob.friends().blockUser(ada.uid());
    assertThat(levels(ada.feeds().get().toList())).containsExactly("a1");
    assertThat(levels(bob.feeds().get().toList())).containsExactly("b1");
    assertThat(levels(ada.feeds().getGroup(g.id()).toList())).containsExactly("c1", "a1");
    assertThat(levels(bob.feeds().getGroup(g.id()).toList())).containsExactly("c1", "b1");
    assertThat(levels(cy.feeds().getGroup(g.id()).toList())).containsExactly("c1", "b1", "a1");
  }

  @Test
  void groupFeed_isItsCurrentMembersItems_forMembersOnly() {
    Group g = ada.groups().create(NewGroup.named("Club").publicGroup(false));
    ada.groups().invite(g.id(), bob.uid());
    play(ada, "a1");
    play(bob, "b1");
    play(cy, "c1");
    assertThat(levels(bob.feeds().getGroup(g.id()).toList())).containsExactly("b1", "a1");
    bob.groups().leave(g.id());
    assertThat(levels(ada.feeds().getGroup(g.id()).toList())).containsExactly("a1");
    assertThatThrownBy(() -> bob.feeds().getGroup(g.id()).toList())
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> assertThat(e.code()).isEqualTo("not_a_member"));
  }

  @Test
  void groupFeed_ofANonMember_is403NotAMember_andOfNoGroup404NotFound_withNoData() {
    Group g = ada.groups().create(NewGroup.named("Open"));
    play(ada, "secret_level");
    ModuleCalls.Answer outsider = p.raw().asUser(cy.uid(), "GET", "/feeds/group/" + g.id(), null);
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.code()).isEqualTo("not_a_member");
    assertThat(outsider.json().toString()).doesNotContain("secret_level").doesNotContain(ada.uid());
    assertThatThrownBy(() -> cy.feeds().getGroup("00000000-0000-0000-0000-000000000000", 0, 10))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThat(p.raw().asUser(cy.uid(), "GET", "/feeds/group/not-a-group", null).status()).isEqualTo(404);
  }

  @Test
  void mine_isTheUsersOwnItemsOnly_andWithinOneInstantTheLaterWrittenFirst() {
    friends(ada, bob);
    play(bob, "b1");
    ada.events().track("level.completed", Map.of("target_id", "a1"));
    ada.events().track("level.completed", Map.of("target_id", "a2"));
    assertThat(levels(ada.feeds().getMine().toList())).containsExactly("a2", "a1");
    assertThat(levels(ada.feeds().getMine(1, 5).items())).containsExactly("a1");
    assertThat(levels(cy.feeds().getMine().toList())).isEmpty();
  }

  // ---------------------------------------------------------------- admin items (24.2)

  @Test
  void adminItems_filterByUserAndSince_newestFirst() {
    play(ada, "a1");
    Instant since = clock.instant().plusSeconds(1);
    play(bob, "b1");
    play(ada, "a2");
    assertThat(levels(p.amba().feeds().itemsAll(FeedItemQuery.all()).toList())).containsExactly("a2", "b1", "a1");
    assertThat(levels(p.amba().feeds().itemsAll(FeedItemQuery.all().userId(ada.uid())).toList()))
        .containsExactly("a2", "a1");
    assertThat(levels(p.amba().feeds().itemsAll(FeedItemQuery.all().since(since)).toList())).containsExactly("a2", "b1");
    OffsetPage<FeedItem> page = p.amba().feeds().items(FeedItemQuery.all().userId(ada.uid()).since(since), 0, 10);
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items().get(0).actor().displayName()).isEqualTo("Ada");
    ModuleCalls.Answer bad = p.raw().admin("GET", "/feeds/items?since=yesterday", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactly("since");
    assertThat(p.raw().admin("GET", "/feeds/items", null).json().getInt("limit")).isEqualTo(50);
  }

  @Test
  void deleteItem_removesItFromEveryFeed_andAMissingOneIs404() {
    play(ada, "a1");
    friends(ada, bob);
    FeedItem item = ada.feeds().getMine().findFirst().orElseThrow();
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/feeds/items/" + item.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(item.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(bob.feeds().get().toList()).isEmpty();
    assertThat(ada.feeds().getMine().toList()).isEmpty();
    assertThatThrownBy(() -> p.amba().feeds().deleteItem(item.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }
}
