package dev.amba.wire.segments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.events.Event;
import dev.amba.segments.Condition;
import dev.amba.segments.NewSegment;
import dev.amba.segments.SegmentRule;
import dev.amba.segments.SegmentRules;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 36.3 over the wire, each rule with a user it admits and one it does not, read through the admin
 * user list's {@code segment_id} filter, which evaluates membership at the time of the request.
 */
class SegmentRulesWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;
  private AmbaUser cy;

  @BeforeEach
  void users() {
    ada = p.newUser();
    ada.users().update(ProfileUpdate.create().displayName("Ada Lovelace")
        .properties(Map.of("plan", "pro", "age", 36, "tags", List.of("beta", "vip"), "address", Map.of("city", "London"),
            "renews", "2030-02-01T00:00:00Z")));
    bob = p.newUser();
    bob.users().update(ProfileUpdate.create().displayName("Bob")
        .properties(Map.of("plan", "free", "age", 17, "tags", List.of("beta"), "renews", "2030-01-01T00:00:00Z")));
    cy = p.newUser();
  }

  private static List<String> membersOf(SegmentRule... rules) {
    String id = p.amba().segments().create(NewSegment.of("S", SegmentRules.all(rules))).id();
    return p.amba().users().listAll(UserQuery.all().segmentId(id)).map(AppUser::id).toList();
  }

  @Test
  void eq_andNeq_areJsonEquality_aMissingPropertyBeingNull() {
    assertThat(membersOf(Condition.eq("properties.plan", "pro"))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.neq("properties.plan", "pro"))).containsExactly(bob.uid(), cy.uid());
    assertThat(membersOf(Condition.eq("properties.age", 36.0))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.eq("properties.plan", null))).containsExactly(cy.uid());
    assertThat(membersOf(Condition.eq("properties.tags", List.of("beta")))).containsExactly(bob.uid());
    assertThat(membersOf(Condition.eq("display_name", "Bob"))).containsExactly(bob.uid());
    assertThat(membersOf(Condition.eq("id", cy.uid()))).containsExactly(cy.uid());
  }

  @Test
  void orderings_compareNumbers_orInstantsWhenBothSidesAreTimestamps() {
    assertThat(membersOf(Condition.gt("properties.age", 17))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.gte("properties.age", 17))).containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.lt("properties.age", 36))).containsExactly(bob.uid());
    assertThat(membersOf(Condition.lte("properties.age", 36))).containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.gt("properties.renews", Instant.parse("2030-01-15T00:00:00Z"))))
        .containsExactly(ada.uid());
    assertThat(membersOf(Condition.lt("created_at", clock.instant().plusSeconds(1))))
        .containsExactly(ada.uid(), bob.uid(), cy.uid());
    // A string is not a number: no ordering holds for it, nor for a missing property.
    assertThat(membersOf(Condition.gt("properties.plan", 0))).isEmpty();
  }

  @Test
  void contains_isASubstringOrAnArrayMember_andNotContainsItsNegation() {
    assertThat(membersOf(Condition.contains("display_name", "Love"))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.contains("properties.tags", "vip"))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.contains("properties.tags", "beta"))).containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.notContains("properties.tags", "vip"))).containsExactly(bob.uid(), cy.uid());
  }

  @Test
  void exists_isPresentAndNotNull_atAnyDepthOfTheProperties() {
    assertThat(membersOf(Condition.exists("properties.address.city"))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.notExists("properties.address.city"))).containsExactly(bob.uid(), cy.uid());
    assertThat(membersOf(Condition.exists("display_name"))).containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.eq("properties.address.city", "London"))).containsExactly(ada.uid());
  }

  @Test
  void within_isNewerThanNowMinusTheWindow_onTheEmulatorsClock() {
    ada.events().track(Event.of("app_open"));
    clock.advance(Duration.ofHours(2));
    bob.events().track(Event.of("app_open"));
    assertThat(membersOf(Condition.within("last_seen_at", Duration.ofHours(1)))).containsExactly(bob.uid());
    assertThat(membersOf(Condition.within("last_seen_at", Duration.ofHours(3)))).containsExactly(ada.uid(), bob.uid());
    // A user never seen is not within any window, so it is not_within every one.
    assertThat(membersOf(Condition.notWithin("last_seen_at", Duration.ofHours(1)))).containsExactly(ada.uid(), cy.uid());
    assertThat(membersOf(Condition.within("created_at", Duration.ofMinutes(90)))).isEmpty();
  }

  @Test
  void entitlements_matchWhenAnyOfTheUsersRowsMatches_withIsActiveReadAgainstTheClock() {
    p.amba().entitlements().grant(ada.uid(), EntitlementGrant.active("pro", "app_store")
        .expiresAt(clock.instant().plus(Duration.ofDays(1))));
    p.amba().entitlements().grant(ada.uid(), EntitlementGrant.inactive("legacy", "stripe"));
    p.amba().entitlements().grant(bob.uid(), EntitlementGrant.inactive("pro", "play_store"));
    assertThat(membersOf(Condition.eq("entitlements.is_active", true))).containsExactly(ada.uid());
    assertThat(membersOf(Condition.eq("entitlements.entitlement_id", "pro"))).containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.eq("entitlements.store", "stripe"))).containsExactly(ada.uid());
    String active = p.amba().segments().create(NewSegment.of("Active",
        SegmentRules.all(Condition.eq("entitlements.is_active", true)))).id();
    clock.advance(Duration.ofDays(2));
    assertThat(p.amba().users().listAll(UserQuery.all().segmentId(active)).map(AppUser::id)).isEmpty();
  }

  @Test
  void anUnknownField_neverMatches_whateverTheOperator() {
    assertThat(membersOf(Condition.notExists("favourite_colour"))).isEmpty();
    assertThat(membersOf(Condition.neq("favourite_colour", "red"))).isEmpty();
    assertThat(membersOf(Condition.notExists("entitlements.colour"))).isEmpty();
    assertThat(membersOf(Condition.neq("properties", "x"))).isEmpty();
    // external_id and phone are known columns, never set in the emulator.
    assertThat(membersOf(Condition.notExists("phone"))).containsExactly(ada.uid(), bob.uid(), cy.uid());
  }

  @Test
  void andOverNothingIsEveryone_orOverNothingNoOne_andGroupsNest() {
    assertThat(membersOf(SegmentRules.all())).containsExactly(ada.uid(), bob.uid(), cy.uid());
    assertThat(membersOf(SegmentRules.any())).isEmpty();
    assertThat(membersOf(SegmentRules.any(Condition.eq("properties.plan", "pro"), Condition.lt("properties.age", 18))))
        .containsExactly(ada.uid(), bob.uid());
    assertThat(membersOf(Condition.exists("properties.plan"),
        SegmentRules.any(Condition.gt("properties.age", 30), SegmentRules.all(Condition.contains("properties.tags", "vip")))))
        .containsExactly(ada.uid());
  }

  @Test
  void membership_isEvaluatedAtRequestTime_soAChangedPropertyChangesTheAnswer() {
    String pro = p.amba().segments().create(NewSegment.of("Pro",
        SegmentRules.all(Condition.eq("properties.plan", "pro")))).id();
    assertThat(p.amba().users().listAll(UserQuery.all().segmentId(pro)).map(AppUser::id)).containsExactly(ada.uid());
    bob.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "free")));
    assertThat(p.amba().users().listAll(UserQuery.all().segmentId(pro)).map(AppUser::id)).containsExactly(bob.uid());
  }

  @Test
  void theSegmentFilter_combinesWithSearchAndPaging() {
    String beta = p.amba().segments().create(NewSegment.of("Beta",
        SegmentRules.all(Condition.contains("properties.tags", "beta")))).id();
    var page = p.amba().users().list(UserQuery.all().segmentId(beta).limit(1));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(AppUser::id).containsExactly(ada.uid());
    assertThat(p.amba().users().listAll(UserQuery.search("bob").segmentId(beta)).map(AppUser::id))
        .containsExactly(bob.uid());
    assertThat(p.amba().users().listAll(UserQuery.search("cy").segmentId(beta))).isEmpty();
  }
}
