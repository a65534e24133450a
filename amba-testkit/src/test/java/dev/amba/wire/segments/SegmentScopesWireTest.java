package dev.amba.wire.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.push.NewCampaign;
import dev.amba.push.Platform;
import dev.amba.push.PushCampaign;
import dev.amba.segments.Condition;
import dev.amba.segments.NewSegment;
import dev.amba.segments.Segment;
import dev.amba.segments.SegmentRules;
import dev.amba.segments.SegmentUpdate;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.stores.StoreUpdate;
import dev.amba.testkit.PushDelivery;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a segment scopes, over the wire: a store seen only by members (19.3), a push campaign sent
 * only to members' tokens (section 7), an event count of members' events (section 8); each reads
 * membership when it is used, and each refuses a segment the project does not have with 404
 * {@code segment_not_found}.
 */
class SegmentScopesWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final String NO_SEGMENT = "123e4567-e89b-12d3-a456-426614174000";

  private AmbaUser ada;
  private AmbaUser bob;
  private Segment pro;

  @BeforeEach
  void setUp() {
    ada = p.newUser();
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    bob = p.newUser();
    pro = p.amba().segments().create(NewSegment.of("Pro", SegmentRules.all(Condition.eq("properties.plan", "pro"))));
  }

  private static void segmentNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
  }

  // ---------------------------------------------------------------- stores (19.3 visibility)

  @Test
  void aSegmentStore_isSeenByMembersAlone_asTheyAreAtEachRequest() {
    Store vip = p.amba().stores().create(NewStore.named("VIP").key("vip").segmentId(pro.id()));
    Store open = p.amba().stores().create(NewStore.named("Open"));
    assertThat(vip.segmentId()).isEqualTo(pro.id());
    assertThat(ada.stores().list()).extracting(Store::id).containsExactlyInAnyOrder(vip.id(), open.id());
    assertThat(ada.stores().get("vip").store().id()).isEqualTo(vip.id());
    assertThat(bob.stores().list()).extracting(Store::id).containsExactly(open.id());
    assertThatThrownBy(() -> bob.stores().get("vip"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    bob.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "free")));
    assertThat(bob.stores().get(vip.id()).store().name()).isEqualTo("VIP");
    assertThat(ada.stores().list()).extracting(Store::id).containsExactly(open.id());
  }

  @Test
  void aStoreForAnUnknownSegment_is404SegmentNotFound_aSystemSegmentIsFine_andClearingOpensIt() {
    segmentNotFound(() -> p.amba().stores().create(NewStore.named("X").segmentId(NO_SEGMENT)));
    Store store = p.amba().stores().create(NewStore.named("Everyone"));
    segmentNotFound(() -> p.amba().stores().update(store.id(), StoreUpdate.create().segmentId(NO_SEGMENT)));
    String allUsers = p.amba().segments().list().get(0).id();
    assertThat(p.amba().stores().update(store.id(), StoreUpdate.create().segmentId(allUsers)).segmentId())
        .isEqualTo(allUsers);
    assertThat(bob.stores().list()).extracting(Store::id).containsExactly(store.id());
    p.amba().stores().update(store.id(), StoreUpdate.create().segmentId(pro.id()));
    assertThat(bob.stores().list()).isEmpty();
    p.amba().stores().update(store.id(), StoreUpdate.create().clearSegment());
    assertThat(bob.stores().list()).extracting(Store::id).containsExactly(store.id());
  }

  @Test
  void aStoreWhoseSegmentWasDeleted_isSeenByNoOne() {
    Store vip = p.amba().stores().create(NewStore.named("VIP").segmentId(pro.id()));
    p.amba().segments().delete(pro.id());
    assertThat(ada.stores().list()).isEmpty();
    assertThatThrownBy(() -> ada.stores().get(vip.id())).isInstanceOf(AmbaNotFoundException.class);
  }

  // ---------------------------------------------------------------- push campaigns (section 7)

  /** The emulator's deliveries of one campaign (the emulator records every project's). */
  private static java.util.List<PushDelivery> deliveries(String campaignId) {
    return p.emulator().pushDeliveries().stream().filter(d -> campaignId.equals(d.campaignId())).toList();
  }

  @Test
  void aSegmentCampaign_reachesOnlyTheMembersTokens_asTheyAreWhenItIsSent() {
    ada.push().register("tok-ada", Platform.WEB, null);
    bob.push().register("tok-bob", Platform.WEB, null);
    PushCampaign campaign = p.amba().push().campaigns().create(NewCampaign.of("Hi", "Pro news").segment(pro.id()));
    assertThat(campaign.segmentId()).isEqualTo(pro.id());
    // Bob joins the segment after the campaign was saved: membership is read at the send.
    bob.users().update(ProfileUpdate.create().properties(Map.of("plan", "pro")));
    ada.users().update(ProfileUpdate.create().properties(Map.of("plan", "free")));
    assertThat(p.amba().push().campaigns().send(campaign.id()).stats().sent()).isEqualTo(1);
    assertThat(deliveries(campaign.id())).extracting(PushDelivery::token).containsExactly("tok-bob");
  }

  @Test
  void aScheduledSegmentCampaign_readsMembershipWhenItFallsDue() {
    ada.push().register("tok-ada", Platform.WEB, null);
    bob.push().register("tok-bob", Platform.WEB, null);
    PushCampaign later = p.amba().push().campaigns().create(NewCampaign.of("Later", "Pro news").segment(pro.id())
        .scheduleAt(clock.instant().plus(Duration.ofHours(1))));
    clock.advance(Duration.ofHours(2));
    assertThat(deliveries(later.id())).extracting(PushDelivery::userId).containsExactly(ada.uid());
  }

  @Test
  void aCampaignForAnUnknownSegment_is404SegmentNotFound_andWithoutASegmentReachesEveryone() {
    segmentNotFound(() -> p.amba().push().campaigns().create(NewCampaign.of("Hi", "x").segment(NO_SEGMENT)));
    assertThat(p.amba().push().campaigns().listAll()).isEmpty();
    ada.push().register("tok-ada", Platform.WEB, null);
    bob.push().register("tok-bob", Platform.WEB, null);
    PushCampaign all = p.amba().push().campaigns().create(NewCampaign.of("Hi", "all"));
    segmentNotFound(() -> p.amba().push().campaigns().update(all.id(),
        dev.amba.push.CampaignUpdate.create().segment(NO_SEGMENT)));
    assertThat(p.amba().push().campaigns().send(all.id()).stats().sent()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- event counts (section 8)

  @Test
  void anEventCountBySegment_countsTheMembersEvents_andAnUnknownSegmentIs404() {
    ada.events().track(Event.of("level_done"));
    ada.events().track(Event.of("level_done"));
    bob.events().track(Event.of("level_done"));
    EventCountQuery query = EventCountQuery.between(clock.instant().minus(Duration.ofHours(1)),
        clock.instant().plus(Duration.ofHours(1))).eventName("level_done");
    assertThat(p.amba().events().count(query).total()).isEqualTo(3);
    assertThat(p.amba().events().count(query.segmentId(pro.id())).total()).isEqualTo(2);
    p.amba().segments().update(pro.id(), SegmentUpdate.create().rules(SegmentRules.any()));
    assertThat(p.amba().events().count(query.segmentId(pro.id())).total()).isZero();
    segmentNotFound(() -> p.amba().events().count(query.segmentId(NO_SEGMENT)));
  }
}
