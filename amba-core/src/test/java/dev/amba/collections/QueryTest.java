package dev.amba.collections;

import static dev.amba.collections.Where.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void all_hasTheProtocolDefaults() {
    Query q = Query.all();
    assertThat(q.filter()).isEmpty();
    assertThat(q.order()).isEmpty();
    assertThat(q.limit()).isEqualTo(50);
    assertThat(q.cursor()).isEmpty();
    assertThat(q.selected()).isEmpty();
    assertThat(q.includesDeleted()).isFalse();
  }

  @Test
  void builders_returnNewQueriesAndLeaveTheBaseAlone() {
    Query base = Query.where(eq("status", "published"));
    Query refined = base.orderBy("score", Direction.DESC).orderBy("created_at").limit(10).cursor("c1")
        .select("id", "title", "id").includeDeleted();
    assertThat(base).isEqualTo(Query.where(eq("status", "published")));
    assertThat(refined.order()).containsExactly(new Query.Order("score", Direction.DESC),
        new Query.Order("created_at", Direction.ASC));
    assertThat(refined.limit()).isEqualTo(10);
    assertThat(refined.cursor()).contains("c1");
    assertThat(refined.selected()).containsExactly("id", "title");
    assertThat(refined.includesDeleted()).isTrue();
    assertThat(refined.filter()).contains(eq("status", "published"));
  }

  @Test
  void limit_mustBeOneToAThousand() {
    assertThat(Query.all().limit(1).limit()).isEqualTo(1);
    assertThat(Query.all().limit(1000).limit()).isEqualTo(1000);
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().limit(0)).withMessage("limit must be 1..1000, got 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().limit(1001)).withMessageContaining("1001");
  }

  @Test
  void orderBy_refusesBadAndRepeatedColumns() {
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().orderBy("score desc"))
        .withMessageContaining("orderBy: column");
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().orderBy("a").orderBy("a", Direction.DESC))
        .withMessageContaining("'a' is already in the order");
    assertThatNullPointerException().isThrownBy(() -> Query.all().orderBy("a", null));
  }

  @Test
  void select_cursorAndFilter_areChecked() {
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().select()).withMessageContaining("at least one");
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().select(List.of("ok", "not ok")))
        .withMessageContaining("select: column");
    assertThatIllegalArgumentException().isThrownBy(() -> Query.all().cursor(" ")).withMessageContaining("blank");
    assertThatNullPointerException().isThrownBy(() -> Query.all().cursor(null));
    assertThatNullPointerException().isThrownBy(() -> Query.where(null));
  }
}
