package dev.amba.wire.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.moderation.ModerationItem;
import dev.amba.moderation.ModerationStatus;
import dev.amba.moderation.NewModerationRule;
import dev.amba.moderation.NewReport;
import dev.amba.moderation.TrustLevel;
import dev.amba.moderation.TrustSetting;
import dev.amba.reviews.ItemReviews;
import dev.amba.reviews.NewReview;
import dev.amba.reviews.Review;
import dev.amba.reviews.ReviewExport;
import dev.amba.reviews.ReviewStats;
import dev.amba.reviews.ReviewTarget;
import dev.amba.reviews.ReviewUpdate;
import dev.amba.reviews.ReviewableItem;
import dev.amba.users.UserSummary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reviews over the wire (26): one per user per item, aggregates over approved reviews, screening by
 * the moderation rules on create and edit, the approval flow through the queue, the admin side, and
 * isolation of the client routes.
 */
class ReviewsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-03-02T08:00:00Z"));
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
  }

  private static Review review(AmbaUser user, String item, int rating, String body) {
    clock.advance(Duration.ofSeconds(1));
    NewReview review = NewReview.of(item, rating).itemType("recipe");
    return user.reviews().submit(body == null ? review : review.body(body));
  }

  private ItemReviews recipe(String item) {
    return cy.reviews().getForItem("recipe", item, 0, 20);
  }

  private void spamRule() {
    p.amba().moderation().createRule(NewModerationRule.keywords("spam", List.of("casino")));
  }

  // ---------------------------------------------------------------- submit (26.1)

  @Test
  void submit_is201Approved_ofACustomItemByDefault_andMakesTheItemWithItsFirstReview() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/reviews",
        "{\"item_id\":\"thing-1\",\"rating\":4,\"title\":\"Good\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getBoolean("is_approved")).isTrue();
    assertThat(raw.data().getString("app_user_id")).isEqualTo(ada.uid());
    assertThat(raw.data().isNull("body")).isTrue();
    ItemReviews item = cy.reviews().getForItem("custom", "thing-1", 0, 10);
    assertThat(item.reviewCount()).isEqualTo(1);
    assertThat(item.avgRating()).isEqualTo(4.0);
    assertThat(p.amba().reviews().itemsAll()).singleElement().satisfies(i -> {
      assertThat(i.itemType()).isEqualTo("custom");
      assertThat(i.itemId()).isEqualTo("thing-1");
      assertThat(i.id()).isEqualTo(raw.data().getString("reviewable_item_id"));
    });
  }

  @Test
  void aSecondReviewOfTheSameItem_is409AlreadyReviewed_andChangesNothing() {
    Review first = review(ada, "soup", 5, "yum");
    assertThatThrownBy(() -> review(ada, "soup", 1, "changed my mind"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_reviewed"));
    assertThat(ada.reviews().getMine()).extracting(Review::id).containsExactly(first.id());
    assertThat(recipe("soup").avgRating()).isEqualTo(5.0);
    assertThat(review(ada, "stew", 1, "meh").rating()).isEqualTo(1);
    assertThat(ada.reviews().submit(NewReview.of("soup", 2)).reviewableItemId()).isNotEqualTo(first.reviewableItemId());
  }

  @Test
  void aRatingOutside1To5_orABadBody_is400InvalidInput_andStoresNothing() {
    for (String body : List.of("{\"item_id\":\"x\",\"rating\":6}", "{\"item_id\":\"x\",\"rating\":0}",
        "{\"item_id\":\"x\",\"rating\":\"5\"}", "{\"item_id\":\"x\"}", "{\"rating\":3}",
        "{\"item_id\":\"x\",\"rating\":3,\"item_type\":\"Not A Type\"}",
        "{\"item_id\":\"x\",\"rating\":3,\"is_approved\":false}")) {
      ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/reviews", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.code()).as(body).isEqualTo("invalid_input");
    }
    assertThat(ada.reviews().getMine()).isEmpty();
    assertThat(p.amba().reviews().itemsAll()).isEmpty();
  }

  // ---------------------------------------------------------------- reads and aggregates

  @Test
  void forItem_newestFirst_withAuthors_andTheAverageRoundedHalfUpTo2Decimals() {
    Review a = review(ada, "pie", 5, "great");
    Review b = review(bob, "pie", 4, "fine");
    assertThat(recipe("pie").avgRating()).isEqualTo(4.5);
    Review c = review(cy, "pie", 4, "ok");
    ItemReviews page = recipe("pie");
    assertThat(page.avgRating()).isEqualTo(4.33);
    assertThat(page.reviewCount()).isEqualTo(3);
    assertThat(page.reviews().items()).extracting(Review::id).containsExactly(c.id(), b.id(), a.id());
    assertThat(page.reviews().items().get(2).author()).isEqualTo(new UserSummary(ada.uid(), "Ada", "https://img/Ada.png"));
    assertThat(page.reviews().total()).isEqualTo(3);
    assertThat(cy.reviews().getForItem("recipe", "pie", 1, 1).reviews().items()).extracting(Review::id)
        .containsExactly(b.id());
    ModuleCalls.Answer raw = p.raw().asUser(cy.uid(), "GET", "/reviews/item/recipe/pie", null);
    assertThat(raw.json().getInt("limit")).isEqualTo(20);
    assertThat(raw.json().getJsonNumber("avg_rating").doubleValue()).isEqualTo(4.33);
    review(p.newUser(), "tart", 1, null);
    review(p.newUser(), "tart", 2, null);
    review(p.newUser(), "tart", 2, null);
    assertThat(recipe("tart").avgRating()).isEqualTo(1.67);
  }

  @Test
  void anItemNobodyReviewed_answersAnEmptyPageWithZeroes() {
    ItemReviews none = recipe("nothing");
    assertThat(none.reviews().items()).isEmpty();
    assertThat(none.avgRating()).isZero();
    assertThat(none.reviewCount()).isZero();
  }

  @Test
  void mine_newestFirst_approvedOrNot_eachWithItsItem() {
    spamRule();
    Review clean = review(ada, "pie", 5, "great");
    Review held = review(ada, "cake", 1, "casino link");
    List<Review> mine = ada.reviews().getMine();
    assertThat(mine).extracting(Review::id).containsExactly(held.id(), clean.id());
    assertThat(mine.get(0).isApproved()).isFalse();
    assertThat(mine.get(1).item()).isEqualTo(new ReviewTarget("recipe", "pie"));
    assertThat(bob.reviews().getMine()).isEmpty();
  }

  // ---------------------------------------------------------------- update and delete

  @Test
  void update_byTheAuthor_changesTheReviewAndTheAggregates() {
    Review a = review(ada, "pie", 5, "great");
    review(bob, "pie", 3, "fine");
    clock.advance(Duration.ofSeconds(7));
    Review changed = ada.reviews().update(a.id(), ReviewUpdate.create().rating(1).title("Worse").clearBody());
    assertThat(changed.rating()).isEqualTo(1);
    assertThat(changed.title()).isEqualTo("Worse");
    assertThat(changed.body()).isNull();
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    assertThat(changed.createdAt()).isEqualTo(a.createdAt());
    assertThat(recipe("pie").avgRating()).isEqualTo(2.0);
    assertThat(p.raw().asUser(ada.uid(), "PATCH", "/reviews/" + a.id(), "{}").status()).isEqualTo(400);
    assertThat(p.raw().asUser(ada.uid(), "PATCH", "/reviews/" + a.id(), "{\"rating\":9}").status()).isEqualTo(400);
    assertThat(p.raw().asUser(ada.uid(), "PATCH", "/reviews/" + a.id(), "{\"is_approved\":false}").status())
        .isEqualTo(400);
  }

  @Test
  void delete_byTheAuthor_removesIt_andRecomputes_theItemStays() {
    Review a = review(ada, "pie", 5, "great");
    review(bob, "pie", 3, "fine");
    ada.reviews().delete(a.id());
    assertThat(recipe("pie").avgRating()).isEqualTo(3.0);
    assertThat(recipe("pie").reviewCount()).isEqualTo(1);
    assertThatThrownBy(() -> ada.reviews().delete(a.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(ada.reviews().submit(NewReview.of("pie", 4).itemType("recipe")).rating()).isEqualTo(4);
  }

  @Test
  void isolation_anotherUsersReviewId_is404ForUpdateAndDelete_andChangesNothing() {
    Review mine = review(ada, "pie", 5, "secret words");
    assertThatThrownBy(() -> bob.reviews().update(mine.id(), ReviewUpdate.create().rating(1)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("update_failed");
          assertThat(e.getMessage()).doesNotContain("secret", ada.uid());
        });
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "DELETE", "/reviews/" + mine.id(), null);
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.code()).isEqualTo("not_found");
    assertThat(raw.json().toString()).doesNotContain("secret", ada.uid());
    assertThat(ada.reviews().getMine()).singleElement().satisfies(r -> {
      assertThat(r.rating()).isEqualTo(5);
      assertThat(r.updatedAt()).isEqualTo(mine.updatedAt());
    });
    assertThat(bob.reviews().getMine()).isEmpty();
  }

  // ---------------------------------------------------------------- approval (26.3 with 27)

  @Test
  void aReviewARuleMatches_isUnapproved_unseenOnItsItem_andFilesAReviewQueueItem() {
    spamRule();
    review(bob, "pie", 2, "fine");
    Review held = ada.reviews().submit(NewReview.of("pie", 5).itemType("recipe").title("Best CASINO in town"));
    assertThat(held.isApproved()).isFalse();
    assertThat(recipe("pie").reviews().items()).extracting(Review::id).doesNotContain(held.id());
    assertThat(recipe("pie").avgRating()).isEqualTo(2.0);
    ModerationItem item = p.amba().moderation().queueAll(ModerationStatus.PENDING).findFirst().orElseThrow();
    assertThat(item.contentType()).isEqualTo("review");
    assertThat(item.contentId()).isEqualTo(held.id());
    assertThat(item.filedByRule()).isTrue();
    assertThat(item.reason()).contains("spam");
  }

  @Test
  void approvingTheQueueItem_approvesTheReview_andRejectingOneHoldsItBack() {
    spamRule();
    Review held = review(ada, "pie", 5, "casino");
    ModerationItem item = p.amba().moderation().queueAll(ModerationStatus.PENDING).findFirst().orElseThrow();
    p.amba().moderation().approve(item.id());
    assertThat(recipe("pie").reviews().items()).extracting(Review::id).containsExactly(held.id());
    assertThat(recipe("pie").avgRating()).isEqualTo(5.0);

    Review clean = review(bob, "pie", 1, "bad");
    ModerationItem report = cy.moderation().report(NewReport.of("review", clean.id()).reason("unfair"));
    p.amba().moderation().escalate(report.id());
    assertThat(recipe("pie").reviewCount()).isEqualTo(2);
    p.amba().moderation().reject(report.id());
    assertThat(recipe("pie").reviews().items()).extracting(Review::id).containsExactly(held.id());
    assertThat(recipe("pie").avgRating()).isEqualTo(5.0);
    assertThat(bob.reviews().getMine().get(0).isApproved()).isFalse();
  }

  @Test
  void anEdit_isScreenedAgain_cleanItIsApproved_matchingItIsHeld_withOneOpenItem() {
    spamRule();
    Review a = review(ada, "pie", 5, "casino");
    assertThat(ada.reviews().update(a.id(), ReviewUpdate.create().body("lovely")).isApproved()).isTrue();
    assertThat(recipe("pie").reviewCount()).isEqualTo(1);
    assertThat(ada.reviews().update(a.id(), ReviewUpdate.create().body("casino night")).isApproved()).isFalse();
    assertThat(recipe("pie").reviewCount()).isZero();
    assertThat(p.amba().moderation().queueAll(ModerationStatus.PENDING)).hasSize(1);
  }

  @Test
  void trustedAuthors_areNotHeld_whileAnAutoApproveTrustedRuleIsActive() {
    spamRule();
    p.amba().moderation().createRule(NewModerationRule.autoApproveTrusted("trusted pass"));
    p.amba().moderation().setTrust(TrustSetting.of(ada.uid(), TrustLevel.TRUSTED));
    p.amba().moderation().setTrust(TrustSetting.of(bob.uid(), TrustLevel.NEW).autoApprove(true));
    assertThat(review(ada, "pie", 5, "casino").isApproved()).isTrue();
    assertThat(review(bob, "pie", 5, "casino").isApproved()).isTrue();
    assertThat(review(cy, "pie", 5, "casino").isApproved()).isFalse();
    assertThat(p.amba().moderation().queueAll(ModerationStatus.PENDING)).hasSize(1);
  }

  // ---------------------------------------------------------------- admin (26.2)

  @Test
  void admin_setApproved_listFiltered_andStats() {
    Review a = review(ada, "pie", 5, "great");
    Review b = review(bob, "pie", 2, "meh");
    review(cy, "cake", 4, "nice");
    Review off = p.amba().reviews().setApproved(b.id(), false);
    assertThat(off.isApproved()).isFalse();
    assertThat(recipe("pie").avgRating()).isEqualTo(5.0);
    assertThat(p.amba().reviews().list(false, 0, 10).items()).extracting(Review::id).containsExactly(b.id());
    assertThat(p.amba().reviews().list(true, 0, 10).total()).isEqualTo(2);
    List<Review> all = p.amba().reviews().listAll().toList();
    assertThat(all).hasSize(3);
    assertThat(all.get(2).author().displayName()).isEqualTo("Ada");
    assertThat(all.get(2).item()).isEqualTo(new ReviewTarget("recipe", "pie"));
    assertThat(p.raw().admin("GET", "/reviews?is_approved=maybe", null).status()).isEqualTo(400);
    ReviewStats stats = p.amba().reviews().stats();
    assertThat(stats.totalReviews()).isEqualTo(3);
    assertThat(stats.pendingApproval()).isEqualTo(1);
    assertThat(stats.averageRating()).isEqualTo(4.5);
    assertThat(stats.ratingDistribution()).isEqualTo(Map.of(1, 0L, 2, 1L, 3, 0L, 4, 1L, 5, 1L));
    assertThat(p.amba().reviews().setApproved(a.id(), true).isApproved()).isTrue();
    assertThatThrownBy(() -> p.amba().reviews().setApproved("00000000-0000-4000-8000-000000000000", true))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void admin_delete_isHard_recomputes_andAMissingReviewIs404() {
    Review a = review(ada, "pie", 5, "great");
    review(bob, "pie", 1, "bad");
    p.amba().reviews().delete(a.id());
    assertThat(recipe("pie").avgRating()).isEqualTo(1.0);
    assertThat(ada.reviews().getMine()).isEmpty();
    assertThatThrownBy(() -> p.amba().reviews().delete(a.id())).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void admin_items_bestRatedFirst_tiesByMoreReviews() {
    review(ada, "low", 2, null);
    review(ada, "high", 5, null);
    review(ada, "mid", 4, null);
    review(bob, "mid2", 4, null);
    review(cy, "mid2", 4, null);
    assertThat(p.amba().reviews().itemsAll()).extracting(ReviewableItem::itemId)
        .containsExactly("high", "mid2", "mid", "low");
    assertThat(p.amba().reviews().items(1, 2).items()).extracting(ReviewableItem::itemId).containsExactly("mid2", "mid");
  }

  @Test
  void admin_export_csvAndNdjson_oldestFirst_withItsFilters() {
    Review a = review(ada, "pie", 5, "great, \"really\"");
    Instant after = clock.instant().plusMillis(500);
    Review b = review(bob, "pie", 2, "meh");
    Review c = review(cy, "cake", 4, null);
    String csv = p.amba().reviews().export(ReviewExport.csv());
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("id,reviewable_item_id,item_type,item_id,app_user_id,rating,title,body,is_approved,"
        + "created_at,updated_at");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith(a.id() + "," + a.reviewableItemId() + ",recipe,pie," + ada.uid() + ",5,,"
        + "\"great, \"\"really\"\"\",true,");
    assertThat(lines[3]).startsWith(c.id());
    String ndjson = p.amba().reviews().export(ReviewExport.ndjson().since(after).ratingMax(3));
    assertThat(ndjson.split("\n")).singleElement().satisfies(line -> {
      assertThat(line).contains("\"id\":\"" + b.id() + "\"", "\"item_type\":\"recipe\"", "\"rating\":2");
    });
    assertThat(p.amba().reviews().export(ReviewExport.ndjson().ratingMin(5)).split("\n")).hasSize(1);
    assertThat(p.raw().admin("GET", "/reviews/export?format=xml", null).status()).isEqualTo(400);
    assertThat(p.raw().admin("GET", "/reviews/export?rating_min=0", null).status()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void manyUsersReviewingOneItemAtOnce_allCount_andOneUserTwiceAtOnceIsOne201AndOne409() throws Exception {
    List<AmbaUser> users = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      users.add(p.newUser());
    }
    List<Integer> statuses = Together.run(8, t -> p.raw().asUser(users.get(t).uid(), "POST", "/reviews",
        "{\"item_type\":\"recipe\",\"item_id\":\"party\",\"rating\":" + (t % 5 + 1) + "}").status());
    assertThat(statuses).containsOnly(201);
    ItemReviews party = recipe("party");
    assertThat(party.reviewCount()).isEqualTo(8);
    assertThat(party.avgRating()).isEqualTo(2.63);   // 21 / 8 = 2.625, half-up
    assertThat(p.amba().reviews().itemsAll()).hasSize(1);
    List<Integer> twice = Together.run(2, t -> p.raw().asUser(ada.uid(), "POST", "/reviews",
        "{\"item_type\":\"recipe\",\"item_id\":\"solo\",\"rating\":3}").status());
    assertThat(twice).containsExactlyInAnyOrder(201, 409);
  }
}
