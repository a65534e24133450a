package dev.amba.wire.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.content.BulkContentItem;
import dev.amba.content.ContentItem;
import dev.amba.content.ContentItemPage;
import dev.amba.content.ContentItemUpdate;
import dev.amba.content.ContentLibrary;
import dev.amba.content.LibraryQuery;
import dev.amba.content.NewContentItem;
import dev.amba.content.NewContentLibrary;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Libraries, items and item state over the wire (28.1-28.3, 28.4 #1 slugs, #7 ownership): what
 * each route answers, what it refuses (and that a refusal changes nothing), and that one user never
 * reaches another's items or state.
 */
class ContentItemsWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-03-04T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private AmbaClient amba;
  private ModuleCalls raw;
  private AmbaUser ada;
  private AmbaUser bob;
  private ContentLibrary notes;

  @BeforeEach
  void project() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
    ada = PROJECTS.newUser();
    bob = PROJECTS.newUser();
    notes = amba.content().createLibrary(NewContentLibrary.of("Notes").description("users' notes"));
  }

  private static void assertStatus(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  private static void assertNotFound(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOf(AmbaNotFoundException.class);
  }

  // ---------------------------------------------------------------- libraries

  @Test
  void slugs_areGivenOrDerivedFromTheName_andUniqueInTheProject() {
    assertThat(notes.slug()).isEqualTo("notes");
    assertThat(amba.content().createLibrary(NewContentLibrary.of("  Été -- 2030 picks ")).slug())
        .isEqualTo("t_2030_picks");
    assertThat(amba.content().createLibrary(NewContentLibrary.of("2030 Picks")).slug()).isEqualTo("l_2030_picks");
    assertThat(amba.content().createLibrary(NewContentLibrary.of("x".repeat(100))).slug()).hasSize(64);
    assertThat(amba.content().createLibrary(NewContentLibrary.of("Other").slug("mine")).slug()).isEqualTo("mine");
    assertThatThrownBy(() -> amba.content().createLibrary(NewContentLibrary.of("Notes")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("slug_taken"));
    assertThatThrownBy(() -> amba.content().createLibrary(NewContentLibrary.of("Again").slug("mine")))
        .isInstanceOf(AmbaConflictException.class);
    assertThatThrownBy(() -> NewContentLibrary.of("x").slug("Bad-Slug")).isInstanceOf(IllegalArgumentException.class);
    assertStatus(raw.admin("POST", "/content/libraries", "{\"name\":\"x\",\"slug\":\"Bad-Slug\"}"), 400,
        "invalid_input");
    assertThat(amba.content().listLibraries()).hasSize(5);
  }

  @Test
  void listLibraries_countsEveryItem_inactiveOnesToo() {
    amba.content().addItems(notes.id(), List.of(NewContentItem.of("a"), NewContentItem.of("b").active(false)));
    ContentLibrary listed = amba.content().listLibraries().get(0);
    assertThat(listed.itemCount()).isEqualTo(2);
    assertThat(listed.description()).isEqualTo("users' notes");
    ContentLibrary schema = amba.content().createLibrary(NewContentLibrary.of("Typed")
        .contentSchema(Map.of("type", "object")));
    assertThat(schema.contentSchema()).containsEntry("type", "object");
    assertThat(amba.content().listLibraries().get(1).itemCount()).isZero();
  }

  // ---------------------------------------------------------------- admin items

  @Test
  void addItems_takesDefaults_andContinuesTheSortOrder() {
    List<ContentItem> first = amba.content().addItems(notes.id(), List.of(NewContentItem.of("a"),
        NewContentItem.of("b")));
    assertThat(first).extracting(ContentItem::sortOrder).containsExactly(0, 1);
    ContentItem a = first.get(0);
    assertThat(a.isActive()).isTrue();
    assertThat(a.isPremium()).isFalse();
    assertThat(a.version()).isEqualTo(1);
    assertThat(a.rolloutPercent()).isEqualTo(100);
    assertThat(a.tags()).isEmpty();
    assertThat(a.metadata()).isEmpty();
    assertThat(a.ownerAppUserId()).isNull();
    assertThat(a.libraryId()).isEqualTo(notes.id());
    amba.content().updateItem(first.get(1).id(), ContentItemUpdate.create().sortOrder(10));
    assertThat(amba.content().addItems(notes.id(), List.of(NewContentItem.of("c"))).get(0).sortOrder())
        .isEqualTo(11);
    // 28.3: an admin's sort_order is assigned all the same.
    ModuleCalls.Answer raw201 = raw.admin("POST", "/content/libraries/" + notes.id() + "/items",
        "{\"items\":[{\"body\":\"d\",\"sort_order\":0}]}");
    assertThat(raw201.status()).isEqualTo(201);
    assertThat(raw201.json().getJsonArray("data").getJsonObject(0).getInt("sort_order")).isEqualTo(12);
  }

  @Test
  void addItems_refusesBadBodies_andAddsNothing() {
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/items", "{\"items\":[{\"title\":\"t\"}]}"),
        400, "invalid_input");
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/items", "{\"items\":[]}"), 400,
        "invalid_input");
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/items",
        "{\"items\":[{\"body\":\"ok\"},{\"body\":\"x\",\"tags\":[1]}]}"), 400, "invalid_input");
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/items",
        "{\"items\":[{\"body\":\"x\",\"metadata\":[]}]}"), 400, "invalid_input");
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/items",
        "{\"items\":[{\"body\":\"x\",\"rollout_percent\":101}]}"), 400, "invalid_input");
    assertThat(amba.content().listItems(notes.id(), 0, 10).total()).isZero();
    assertThatThrownBy(() -> amba.content().addItems(notes.id(), List.of())).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> NewContentItem.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewContentItem.of("x").rolloutPercent(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewContentItem.of("x").version(0)).isInstanceOf(IllegalArgumentException.class);
    assertNotFound(() -> amba.content().addItems("123e4567-e89b-12d3-a456-426614174000",
        List.of(NewContentItem.of("x"))));
  }

  @Test
  void adminListsIncludeInactiveItems_andPage() {
    amba.content().addItems(notes.id(), IntStream.range(0, 5).mapToObj(i -> NewContentItem.of("n" + i)
        .active(i % 2 == 0)).toList());
    OffsetPage<ContentItem> page = amba.content().listItems(notes.id(), 1, 2);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(ContentItem::body).containsExactly("n1", "n2");
    assertThat(amba.content().listAllItems(notes.id()).map(ContentItem::body).toList())
        .containsExactly("n0", "n1", "n2", "n3", "n4");
    assertThatThrownBy(() -> amba.content().listItems(notes.id(), 0, 101)).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void adminUpdate_changesAnyField_evenOfAUsersItem_andDeleteIsHard() {
    ContentItem mine = ada.content().createItem("notes", NewContentItem.of("ada's"));
    ContentItem changed = amba.content().updateItem(mine.id(), ContentItemUpdate.create().premium(true)
        .contentKey("k").version(3).rolloutPercent(10).title("T"));
    assertThat(changed.isPremium()).isTrue();
    assertThat(changed.contentKey()).isEqualTo("k");
    assertThat(changed.version()).isEqualTo(3);
    assertThat(changed.ownerAppUserId()).isEqualTo(ada.uid());
    assertStatus(raw.admin("PATCH", "/content/items/" + mine.id(), "{\"owner_app_user_id\":\"x\"}"), 400,
        "invalid_input");
    assertThatThrownBy(() -> amba.content().updateItem(mine.id(), ContentItemUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    amba.content().deleteItem(mine.id());
    assertNotFound(() -> ada.content().getItem(mine.id()));
    assertNotFound(() -> amba.content().deleteItem(mine.id()));
    assertThat(amba.content().listItems(notes.id(), 0, 10).total()).isZero();
  }

  @Test
  void bulkUpsert_createsThenUpdatesByKey_inOneStep() {
    List<String> ids = amba.content().bulkUpsert(notes.id(), List.of(BulkContentItem.of("intro", "Hi"),
        BulkContentItem.of("outro", "Bye").title("End").tags("t").metadata(Map.of("n", 1))));
    assertThat(ids).hasSize(2);
    List<String> again = amba.content().bulkUpsert(notes.id(), List.of(BulkContentItem.of("outro", "Bye!"),
        BulkContentItem.of("intro", "Hello")));
    assertThat(again).containsExactly(ids.get(1), ids.get(0));
    List<ContentItem> items = amba.content().listAllItems(notes.id()).toList();
    assertThat(items).extracting(ContentItem::body).containsExactly("Hello", "Bye!");
    assertThat(items.get(1).title()).as("kept").isEqualTo("End");
    assertThat(items).extracting(ContentItem::contentKey).containsExactly("intro", "outro");
    assertThatThrownBy(() -> amba.content().bulkUpsert(notes.id(), List.of(BulkContentItem.of("a", "1"),
        BulkContentItem.of("a", "2")))).isInstanceOf(IllegalArgumentException.class);
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/bulk",
        "{\"items\":[{\"key\":\"new1\",\"body\":\"x\"},{\"key\":\"new1\",\"body\":\"y\"}]}"), 400, "invalid_input");
    assertStatus(raw.admin("POST", "/content/libraries/" + notes.id() + "/bulk",
        "{\"items\":[{\"key\":\"new2\",\"body\":\"x\"},{\"key\":\"Bad\",\"body\":\"y\"}]}"), 400, "invalid_input");
    assertThat(amba.content().listItems(notes.id(), 0, 10).total()).as("nothing of a refused batch").isEqualTo(2);
    assertThatThrownBy(() -> BulkContentItem.of("Bad", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- client reads

  @Test
  void libraryPages_holdActiveItemsBySortOrder_withCategoryAndCursor() {
    amba.content().addItems(notes.id(), IntStream.range(0, 7).mapToObj(i -> NewContentItem.of("n" + i)
        .active(i != 3).category(i % 2 == 0 ? "even" : "odd")).toList());
    ContentItemPage first = ada.content().getLibrary("notes", LibraryQuery.first().limit(4));
    assertThat(first.items()).extracting(ContentItem::body).containsExactly("n0", "n1", "n2", "n4");
    assertThat(first.total()).isEqualTo(6);
    assertThat(first.nextCursor()).isNotNull();
    ContentItemPage second = ada.content().getLibrary(notes.id(), LibraryQuery.after(first.nextCursor()).limit(4));
    assertThat(second.items()).extracting(ContentItem::body).containsExactly("n5", "n6");
    assertThat(second.nextCursor()).isNull();
    assertThat(ada.content().getLibrary("notes", LibraryQuery.at(5)).items()).extracting(ContentItem::body)
        .containsExactly("n6");
    assertThat(ada.content().getLibrary("notes", LibraryQuery.first().category("even")).items())
        .extracting(ContentItem::body).containsExactly("n0", "n2", "n4", "n6");
    assertThat(ada.content().listAll("notes", LibraryQuery.first().limit(2)).map(ContentItem::body).toList())
        .containsExactly("n0", "n1", "n2", "n4", "n5", "n6");
    ModuleCalls.Answer old = raw.asUser(ada.uid(), "GET", "/content/libraries/notes?limit=2", null);
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.json().getJsonArray("data")).hasSize(2);
    assertStatus(raw.asUser(ada.uid(), "GET", "/content/libraries/notes/items?cursor=nope", null), 400,
        "invalid_input");
    assertStatus(raw.asUser(ada.uid(), "GET", "/content/libraries/notes/items?limit=101", null), 400,
        "invalid_input");
    assertNotFound(() -> ada.content().getLibrary("missing"));
  }

  @Test
  void getItem_answersActiveItems_only() {
    List<ContentItem> items = amba.content().addItems(notes.id(), List.of(NewContentItem.of("on"),
        NewContentItem.of("off").active(false)));
    assertThat(ada.content().getItem(items.get(0).id()).body()).isEqualTo("on");
    assertNotFound(() -> ada.content().getItem(items.get(1).id()));
    assertNotFound(() -> ada.content().getItem("123e4567-e89b-12d3-a456-426614174000"));
    assertThatThrownBy(() -> ada.content().getItem("not-an-id")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- client writes (28.4 #7)

  @Test
  void createItem_isTheUsersOwn_afterTheLast_withAdminFieldsIgnoredOrRefused() {
    amba.content().addItems(notes.id(), List.of(NewContentItem.of("admin's")));
    ContentItem mine = ada.content().createItem("notes", NewContentItem.of("mine").title("T").tags("a")
        .metadata(Map.of("k", "v")));
    assertThat(mine.ownerAppUserId()).isEqualTo(ada.uid());
    assertThat(mine.sortOrder()).isEqualTo(1);
    assertThat(mine.userState()).isEmpty();
    ModuleCalls.Answer ignored = raw.asUser(ada.uid(), "POST", "/content/libraries/notes/items",
        "{\"body\":\"b\",\"is_premium\":true,\"is_active\":false,\"sort_order\":0}");
    assertThat(ignored.status()).isEqualTo(201);
    assertThat(ignored.data().getBoolean("is_premium")).isFalse();
    assertThat(ignored.data().getBoolean("is_active")).isTrue();
    assertThat(ignored.data().getInt("sort_order")).isEqualTo(2);
    assertStatus(raw.asUser(ada.uid(), "POST", "/content/libraries/notes/items",
        "{\"body\":\"b\",\"content_key\":\"k\"}"), 400, "invalid_input");
    assertThatThrownBy(() -> ada.content().createItem("notes", NewContentItem.of("x").premium(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is_premium");
    assertThat(amba.content().listItems(notes.id(), 0, 10).total()).isEqualTo(3);
  }

  @Test
  void updateAndDelete_touchOnlyTheUsersOwnItems() {
    ContentItem mine = ada.content().createItem("notes", NewContentItem.of("mine"));
    ContentItem admins = amba.content().addItems(notes.id(), List.of(NewContentItem.of("admin's"))).get(0);
    assertThat(ada.content().updateItem(mine.id(), ContentItemUpdate.create().body("edited").active(false)).body())
        .isEqualTo("edited");
    assertNotFound(() -> bob.content().updateItem(mine.id(), ContentItemUpdate.create().body("bob's")));
    assertNotFound(() -> ada.content().updateItem(admins.id(), ContentItemUpdate.create().body("x")));
    assertNotFound(() -> bob.content().deleteItem(mine.id()));
    assertNotFound(() -> ada.content().deleteItem(admins.id()));
    assertStatus(raw.asUser(ada.uid(), "PATCH", "/content/items/" + mine.id(), "{\"is_premium\":true}"), 400,
        "invalid_input");
    assertThatThrownBy(() -> ada.content().updateItem(mine.id(), ContentItemUpdate.create().sortOrder(1)))
        .isInstanceOf(IllegalArgumentException.class);
    List<ContentItem> all = amba.content().listAllItems(notes.id()).toList();
    assertThat(all).extracting(ContentItem::body).containsExactly("edited", "admin's");
    assertThat(all.get(0).isActive()).isFalse();
    ada.content().deleteItem(mine.id());
    assertThat(amba.content().listAllItems(notes.id()).map(ContentItem::body).toList()).containsExactly("admin's");
  }

  @Test
  void state_isPerUser_onAnyActiveItem_andReplacedWhole() {
    ContentItem admins = amba.content().addItems(notes.id(), List.of(NewContentItem.of("admin's"))).get(0);
    ContentItem set = ada.content().updateState(admins.id(), Map.of("progress", 3, "done", false));
    assertThat(set.userState()).containsOnlyKeys("progress", "done");
    assertThat(ada.content().updateState(admins.id(), Map.of("done", true)).userState()).containsOnlyKeys("done");
    assertThat(ada.content().getItem(admins.id()).userState()).containsEntry("done", true);
    assertThat(bob.content().getItem(admins.id()).userState()).isEmpty();
    assertThat(bob.content().getLibrary("notes").items().get(0).userState()).isEmpty();
    assertThat(ada.content().getLibrary("notes").items().get(0).userState()).containsEntry("done", true);
    assertStatus(raw.asUser(ada.uid(), "PUT", "/content/items/" + admins.id() + "/state", "[1]"), 400,
        "invalid_input");
    amba.content().updateItem(admins.id(), ContentItemUpdate.create().active(false));
    assertNotFound(() -> ada.content().updateState(admins.id(), Map.of("x", 1)));
    amba.content().updateItem(admins.id(), ContentItemUpdate.create().active(true));
    assertThat(ada.content().getItem(admins.id()).userState()).containsEntry("done", true);
    amba.content().deleteItem(admins.id());
    assertNotFound(() -> ada.content().updateState(admins.id(), Map.of("x", 1)));
  }

  @Test
  void adminReads_carryNoUserState() {
    ContentItem item = amba.content().addItems(notes.id(), List.of(NewContentItem.of("x"))).get(0);
    ada.content().updateState(item.id(), Map.of("seen", true));
    assertThat(amba.content().listItems(notes.id(), 0, 10).items().get(0).userState()).isEmpty();
  }
}
