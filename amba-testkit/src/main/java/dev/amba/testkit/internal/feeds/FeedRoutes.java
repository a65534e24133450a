package dev.amba.testkit.internal.feeds;

import static dev.amba.testkit.internal.feeds.FeedTables.ITEMS;
import static dev.amba.testkit.internal.feeds.FeedTables.RULES;

import dev.amba.internal.endpoint.FeedEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.DeletedWhenRejected;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.Memberships;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Resource.Where;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Activity feeds (amba-api-modules.md 24): rules on the kit, items written by M4 stage 7 and read
 * through the audiences of 24.1, which the friends and groups modules define through
 * {@link Relationships} and {@link Memberships}. Whatever the feed, an item whose actor is in a
 * blocked pair with the reader is left out (24.3). A feed item is moderated content
 * ({@code feed_item}): rejected, it is deleted.
 *
 * <p>X decisions beyond 24.1/24.2: an item takes its rule's action and target type, the event's
 * {@code target_id} property when it is a string of at most {@value FeedTables#MAX_TARGET_ID}
 * characters, the event's properties as {@code metadata}, and the event's time of receipt; items
 * read newest first (within one instant of the clock, the later written first); the group feed of a
 * group the project does not have is 404 {@code not_found}, of one the reader is not in 403
 * {@code not_a_member}; {@code since} is an ISO-8601 instant (400 {@code invalid_input} otherwise);
 * deleting an item that is not there is 404 {@code not_found}.
 */
public final class FeedRoutes implements RouteModule {

  /** M4: feed rules are stage 7, after leaderboards. */
  static final int STEP = 7;
  private static final int CLIENT_PAGE = 20;
  private static final int ADMIN_PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final String CONTENT_TYPE = "feed_item";

  private final Stores stores;
  private final Relationships relationships;
  private final Memberships memberships;
  private final Crud rules;
  private final Crud items;

  public FeedRoutes(Stores stores, Clock clock, Relationships relationships, Memberships memberships) {
    this.stores = stores;
    this.relationships = relationships;
    this.memberships = memberships;
    this.rules = Crud.of(RULES, stores, clock).byIdOnly();
    this.items = Crud.of(ITEMS, stores, clock).byIdOnly();
  }

  @Override
  public List<Resource> resources() {
    return List.of(RULES, ITEMS);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(EngagementStage.of(STEP, (event, emit) -> write(event)));
  }

  @Override
  public List<ModeratedContent> moderatedContent() {
    return List.of(new DeletedWhenRejected(CONTENT_TYPE, ITEMS, stores));
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(FeedEndpoints.FEED, (request, caller) -> {
      String me = caller.requireUser();
      Set<String> actors = new LinkedHashSet<>();
      actors.add(me);
      actors.addAll(relationships.friends(caller.projectId(), me));
      return feedOf(request, caller, actors);
    });
    routes.on(FeedEndpoints.MINE, (request, caller) -> feedOf(request, caller, Set.of(caller.requireUser())));
    routes.on(FeedEndpoints.GROUP, this::groupFeed);
    routes.on(FeedEndpoints.ADMIN_RULE_CREATE, rules.create());
    routes.on(FeedEndpoints.ADMIN_RULE_LIST, rules.list());
    routes.on(FeedEndpoints.ADMIN_RULE_UPDATE, rules.update("ruleId"));
    routes.on(FeedEndpoints.ADMIN_RULE_DELETE, rules.delete("ruleId", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(FeedEndpoints.ADMIN_ITEMS, this::adminItems);
    routes.on(FeedEndpoints.ADMIN_ITEM_DELETE, items.delete("itemId", DeleteAnswer.DELETED_MARKER, "id"));
  }

  // ---------------------------------------------------------------- M4 stage 7

  /** One item per active rule whose {@code source_event} is the event's name, in one transaction. */
  private void write(StoredEvent event) throws SQLException {
    Scope project = Scope.project(event.projectId());
    List<Row> matching = stores.db().read(c -> RULES.listWhere(c, project,
        RULES.where().eq("source_event", event.name()).eq("is_active", true)));
    if (matching.isEmpty()) {
      return;
    }
    JsonObject properties = event.properties() == null ? JsonValue.EMPTY_JSON_OBJECT : event.properties();
    JsonValue targetId = properties.get("target_id") instanceof JsonString s
        && !s.getString().isEmpty() && s.getString().length() <= FeedTables.MAX_TARGET_ID ? s : JsonValue.NULL;
    stores.db().transaction(c -> {
      for (Row rule : matching) {
        Values item = ITEMS.values()
            .set("actor_id", Json.createValue(event.userId()))
            .set("action", rule.get("action"))
            .set("target_type", rule.get("target_type"))
            .set("target_id", targetId)
            .set("metadata", properties)
            .set("rule_id", Json.createValue(rule.id()));
        ITEMS.insert(c, project, item, event.receivedAt());
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- client (24.1)

  /** The members' items, for members only: 404 {@code not_found} for no such group, 403 {@code not_a_member}. */
  private ApiResponse groupFeed(ApiRequest request, Caller caller) throws SQLException {
    Set<String> members = memberships.members(caller.projectId(), request.pathParam("groupId"));
    if (members == null) {
      throw ApiException.notFound("not_found", "no group with this id in the project");
    }
    if (!members.contains(caller.requireUser())) {
      throw ApiException.forbidden("not_a_member", "the group's feed is for its members");
    }
    return feedOf(request, caller, members);
  }

  /** The items of {@code actors}, newest first, less those of users in a blocked pair with the reader. */
  private ApiResponse feedOf(ApiRequest request, Caller caller, Set<String> actors) throws SQLException {
    Set<String> shown = new LinkedHashSet<>(actors);
    shown.removeAll(relationships.blockedWith(caller.projectId(), caller.requireUser()));
    Scope project = Scope.project(caller.projectId());
    return items.offsetList(request, CLIENT_PAGE, MAX_PAGE,
        (c, limit, offset) -> ITEMS.pageWhereIn(c, project, "actor_id", shown, limit, offset),
        (c, rows) -> render(c, caller.projectId(), rows));
  }

  // ---------------------------------------------------------------- admin (24.2)

  private ApiResponse adminItems(ApiRequest request, Caller caller) throws SQLException {
    String userId = Params.optional(request, "user_id");
    String since = Params.optional(request, "since");
    Instant from = since == null ? null : Times.parseOrNull(since);
    FieldErrors errors = new FieldErrors("invalid_input");
    if (since != null && from == null) {
      errors.add("since", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
    }
    if (userId != null && userId.length() > 128) {
      errors.add("user_id", "must have at most 128 characters");
    }
    errors.throwIfAny();
    Where where = ITEMS.where();
    where = userId == null ? where : where.eq("actor_id", userId);
    Where selected = from == null ? where : where.atLeast(Resource.CREATED_AT, Times.toSql(from));
    Scope project = Scope.project(caller.projectId());
    return items.offsetList(request, ADMIN_PAGE, MAX_PAGE,
        (c, limit, offset) -> ITEMS.pageWhere(c, project, selected, limit, offset),
        (c, rows) -> render(c, caller.projectId(), rows));
  }

  /** FeedItem (24.3): the row with {@code actor {display_name, avatar_url}}. */
  private List<JsonObject> render(Connection c, String projectId, List<Row> rows) throws SQLException {
    List<String> actors = new ArrayList<>();
    rows.forEach(r -> actors.add(r.string("actor_id")));
    Map<String, UserRow> users = stores.users().inProject(c, projectId, actors);
    List<JsonObject> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      UserRow u = users.get(r.string("actor_id"));
      out.add(ITEMS.jsonBuilder(r).add("actor", JsonIo.object()
          .add("display_name", JsonIo.string(u == null ? null : u.displayName()))
          .add("avatar_url", JsonIo.string(u == null ? null : u.avatarUrl()))).build());
    }
    return out;
  }
}
