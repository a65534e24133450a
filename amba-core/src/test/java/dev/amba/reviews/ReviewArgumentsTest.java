package dev.amba.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviews, edits, exports, ids and pages are checked before anything is sent (26.1, 26.2). */
class ReviewArgumentsTest {

  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newReview_buildsTheDocumentedBody_andChecksRatingIdsAndLengths() {
    assertThat(WireForms.of(NewReview.of("pie", 5).itemType("recipe").title("T").body("B"))).containsExactly(
        Map.entry("item_id", "pie"), Map.entry("rating", 5), Map.entry("item_type", "recipe"), Map.entry("title", "T"),
        Map.entry("body", "B"));
    assertThat(WireForms.of(NewReview.of("pie", 1))).containsOnlyKeys("item_id", "rating");
    assertThatThrownBy(() -> NewReview.of("pie", 0)).hasMessageStartingWith("rating ");
    assertThatThrownBy(() -> NewReview.of("pie", 6)).hasMessageStartingWith("rating ");
    assertThatThrownBy(() -> NewReview.of("", 3)).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> NewReview.of("x".repeat(257), 3)).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> NewReview.of("pie", 3).itemType("Recipe")).hasMessageStartingWith("itemType ");
    assertThatThrownBy(() -> NewReview.of("pie", 3).title("t".repeat(201))).hasMessageStartingWith("title ");
    assertThatThrownBy(() -> NewReview.of("pie", 3).body("b".repeat(5001))).hasMessageStartingWith("body ");
    assertThatThrownBy(() -> NewReview.of("pie", 3).body(null)).hasMessageStartingWith("body ");
  }

  @Test
  void update_sendsWhatIsSet_clearsAsNull_andEmptyIsRefused() {
    Map<String, Object> body = WireForms.of(ReviewUpdate.create().rating(2).clearTitle().body("x"));
    assertThat(body.keySet()).containsExactly("rating", "title", "body");
    assertThat(body).containsEntry("title", null);
    assertThatThrownBy(() -> ReviewUpdate.create().rating(9)).hasMessageStartingWith("rating ");
    assertThatThrownBy(() -> amba.asUser("u").reviews().update(ID, ReviewUpdate.create()))
        .hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.asUser("u").reviews().update("r", ReviewUpdate.create().rating(2)))
        .hasMessageStartingWith("reviewId ");
  }

  @Test
  void export_checksItsBounds() {
    ReviewExport e = ReviewExport.ndjson().since(Instant.EPOCH).ratingMin(2).ratingMax(4);
    assertThat(e.format()).isEqualTo("ndjson");
    assertThat(e.ratingMinFilter()).hasValue(2);
    assertThat(ReviewExport.csv().sinceFilter()).isEmpty();
    assertThatThrownBy(() -> ReviewExport.csv().ratingMin(0)).hasMessageStartingWith("rating ");
    assertThatThrownBy(() -> ReviewExport.csv().ratingMin(4).ratingMax(2)).hasMessageContaining("ratingMin");
    assertThatThrownBy(() -> ReviewExport.csv().since(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.reviews().export(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsItemsAndPages_areChecked() {
    assertThatThrownBy(() -> amba.asUser("u").reviews().delete("r")).hasMessageStartingWith("reviewId ");
    assertThatThrownBy(() -> amba.asUser("u").reviews().submit(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.asUser("u").reviews().getForItem("Bad", "x", 0, 10)).hasMessageStartingWith("itemType ");
    assertThatThrownBy(() -> amba.asUser("u").reviews().getForItem("recipe", " ", 0, 10))
        .hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> amba.asUser("u").reviews().getForItem("recipe", "x", 0, 101))
        .hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.asUser("u").reviews().getForItem("recipe", "x", -1, 10))
        .hasMessageStartingWith("offset ");
    assertThatThrownBy(() -> amba.reviews().setApproved("r", true)).hasMessageStartingWith("reviewId ");
    assertThatThrownBy(() -> amba.reviews().delete(null)).hasMessageStartingWith("reviewId ");
    assertThatThrownBy(() -> amba.reviews().list(0, 0)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> amba.reviews().items(-1, 10)).hasMessageStartingWith("offset ");
  }
}
