package dev.amba.testkit.internal.moderation;

import static dev.amba.testkit.internal.moderation.ModerationTables.ADMIN;
import static dev.amba.testkit.internal.moderation.ModerationTables.APPROVED;
import static dev.amba.testkit.internal.moderation.ModerationTables.AUTO_APPROVE_TRUSTED;
import static dev.amba.testkit.internal.moderation.ModerationTables.ESCALATED;
import static dev.amba.testkit.internal.moderation.ModerationTables.KEYWORD_FILTER;
import static dev.amba.testkit.internal.moderation.ModerationTables.PENDING;
import static dev.amba.testkit.internal.moderation.ModerationTables.QUEUE;
import static dev.amba.testkit.internal.moderation.ModerationTables.REGEX;
import static dev.amba.testkit.internal.moderation.ModerationTables.REJECTED;
import static dev.amba.testkit.internal.moderation.ModerationTables.REPORT_BODY;
import static dev.amba.testkit.internal.moderation.ModerationTables.RULES;
import static dev.amba.testkit.internal.moderation.ModerationTables.TRUST;

import dev.amba.internal.endpoint.ModerationEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Moderation (amba-api-modules.md 27): reports, the queue and 27.4's state machine, the screening
 * rules (as {@link #screening()} for the modules whose content is screened) and trust levels.
 * Every transition of an item runs under that item's lock, re-reading it inside the lock's
 * transaction, so two moderators acting at once move it one step at a time and a refused step
 * writes nothing. Once a transition commits, the effect of 27.4 is applied through the
 * {@link ModeratedContent} of the item's type, still under the item's lock; types no module owns
 * ({@code user}, an app's own) have none.
 *
 * <p>X decisions beyond 27.1-27.4: queue and reports read newest first; a user's report list holds
 * its 100 newest; an escalated item escalated again answers 200 unchanged and an escalation stamps
 * {@code moderator_id}; the report dedupe joins only a pending item (an escalated one is being
 * looked at already, a resolved one was decided: a new report opens a new item); reported content is
 * not looked up (a report may name content of a type no module owns); a rule's config is an object
 * ({@code {keywords: [1..100 non-blank strings of at most 64]}}, {@code {pattern: <compiling Java
 * regex of at most 512>}}, {@code {}} for {@code auto_approve_trusted}), else 400
 * {@code invalid_rule}; a trust upsert for a user the project does not have is 404
 * {@code user_not_found}, a left-out {@code auto_approve} keeps the row's value (false when new),
 * and the answer is 200 whether the row was made or changed.
 */
public final class ModerationRoutes implements RouteModule {

  private static final int ADMIN_PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final int MY_REPORTS = 100;

  private final Stores stores;
  private final Clock clock;
  private final Supplier<List<ModeratedContent>> moderated;
  private final KeyedLocks locks = new KeyedLocks();
  private final ModerationScreening screening;
  private final Crud queue;
  private final Crud rules;
  private final Crud trust;

  /**
   * @param moderated the content types of every module, read when an item resolves, so this module
   *     can be built before the modules it moderates (the route table's {@code moderatedContent})
   */
  public ModerationRoutes(Stores stores, Clock clock, Supplier<List<ModeratedContent>> moderated) {
    this.stores = stores;
    this.clock = clock;
    this.moderated = moderated;
    this.screening = new ModerationScreening(clock);
    this.queue = Crud.of(QUEUE, stores, clock).byIdOnly();
    this.rules = Crud.of(RULES, stores, clock).byIdOnly().withRule(this::checkRule);
    this.trust = Crud.of(TRUST, stores, clock).byIdOnly();
  }

  /** The project's rules over new content, for reviews (26.3) and messaging (25.4 #7). */
  public Screening screening() {
    return screening;
  }

  @Override
  public List<Resource> resources() {
    return List.of(QUEUE, RULES, TRUST);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ModerationEndpoints.REPORT, this::report);
    routes.on(ModerationEndpoints.REPORTS, this::myReports);
    routes.on(ModerationEndpoints.REPORT_STATUS, this::reportStatus);
    routes.on(ModerationEndpoints.ADMIN_QUEUE, this::adminQueue);
    routes.on(ModerationEndpoints.ADMIN_APPROVE, (request, caller) -> move(request, caller, APPROVED));
    routes.on(ModerationEndpoints.ADMIN_REJECT, (request, caller) -> move(request, caller, REJECTED));
    routes.on(ModerationEndpoints.ADMIN_ESCALATE, (request, caller) -> move(request, caller, ESCALATED));
    routes.on(ModerationEndpoints.ADMIN_RULE_CREATE, rules.create());
    routes.on(ModerationEndpoints.ADMIN_RULE_LIST, rules.list());
    routes.on(ModerationEndpoints.ADMIN_RULE_UPDATE, rules.update("ruleId"));
    routes.on(ModerationEndpoints.ADMIN_RULE_DELETE, rules.delete("ruleId", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(ModerationEndpoints.ADMIN_TRUST_SET, this::setTrust);
    routes.on(ModerationEndpoints.ADMIN_TRUST_LIST, trust.page(ADMIN_PAGE, MAX_PAGE));
  }

  // ---------------------------------------------------------------- client (27.1)

  /** 201 a new pending item; 200 the caller's pending item for the same content. */
  private ApiResponse report(ApiRequest request, Caller caller) throws SQLException {
    Values body = REPORT_BODY.forCreate(request.jsonObject());
    String me = caller.requireUser();
    String type = ((JsonString) body.get("content_type")).getString();
    String id = ((JsonString) body.get("content_id")).getString();
    Scope project = Scope.project(caller.projectId());
    record Filed(Row item, boolean created) {}
    Filed filed = locks.transaction(stores.db(), c -> {
      Optional<Row> open = QUEUE.listWhere(c, project, QUEUE.where().eq("reported_by", me)
          .eq("content_type", type).eq("content_id", id).eq("status", PENDING)).stream().findFirst();
      if (open.isPresent()) {
        return new Filed(open.get(), false);
      }
      return new Filed(QUEUE.insert(c, project, QUEUE.values()
          .set("content_type", body.get("content_type"))
          .set("content_id", body.get("content_id"))
          .set("reported_by", Json.createValue(me))
          .set("reason", body.has("reason") ? body.get("reason") : JsonValue.NULL)
          .set("status", Json.createValue(PENDING)), clock.instant()), true);
    }, caller.projectId(), "report", me, type, id);
    return filed.created() ? ApiResponse.created(QUEUE.json(filed.item())) : ApiResponse.ok(QUEUE.json(filed.item()));
  }

  private ApiResponse myReports(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    List<Row> mine = stores.db().read(c -> QUEUE.pageWhere(c, Scope.project(caller.projectId()),
        QUEUE.where().eq("reported_by", me), MY_REPORTS, 0).items());
    JsonArrayBuilder data = JsonIo.array();
    mine.forEach(r -> data.add(QUEUE.json(r)));
    return ApiResponse.ok(data.build());
  }

  /** Another user's report answers as a missing one (M1). */
  private ApiResponse reportStatus(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Row item = stores.db().read(c -> QUEUE.findById(c, Scope.project(caller.projectId()),
        request.pathParam("reportId"))).filter(r -> me.equals(r.string("reported_by")))
        .orElseThrow(() -> ApiException.notFound("not_found", "no report with this id by the user"));
    return ApiResponse.ok(QUEUE.json(item));
  }

  // ---------------------------------------------------------------- admin queue (27.2, 27.4)

  private ApiResponse adminQueue(ApiRequest request, Caller caller) throws SQLException {
    String status = request.query("status") == null ? PENDING : request.query("status");
    if (!List.of(PENDING, APPROVED, REJECTED, ESCALATED).contains(status)) {
      throw FieldErrors.single("status", "must be pending, approved, rejected or escalated");
    }
    Scope project = Scope.project(caller.projectId());
    return queue.offsetList(request, ADMIN_PAGE, MAX_PAGE,
        (c, limit, offset) -> QUEUE.pageWhere(c, project, QUEUE.where().eq("status", status), limit, offset));
  }

  /**
   * One step of 27.4: pending → approved, rejected or escalated; escalated → approved or rejected
   * (escalated again: unchanged); approved and rejected → 409 {@code already_resolved}.
   */
  private ApiResponse move(ApiRequest request, Caller caller, String to) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    String itemId = request.pathParam("itemId");
    Row moved = locks.exclusively(() -> {
      record Step(Row row, boolean changed) {}
      Step step = stores.db().transaction(c -> {
        Row current = queue.require(c, project, itemId);
        String from = current.string("status");
        if (APPROVED.equals(from) || REJECTED.equals(from)) {
          throw new ApiException(409, "already_resolved", "the item was " + from + " already");
        }
        if (from.equals(to)) {
          return new Step(current, false);
        }
        Values change = QUEUE.values().set("status", Json.createValue(to))
            .set("moderator_id", Json.createValue(ADMIN))
            .set("resolved_at", ESCALATED.equals(to) ? JsonValue.NULL : Resource.stamp(clock.instant()));
        return new Step(QUEUE.update(c, current, change, clock.instant()), true);
      });
      if (step.changed() && !ESCALATED.equals(to)) {
        applyEffect(caller.projectId(), step.row(), to);
      }
      return step.row();
    }, caller.projectId(), "item", itemId);
    return ApiResponse.ok(QUEUE.json(moved));
  }

  private void applyEffect(String projectId, Row item, String decision) throws SQLException {
    String type = item.string("content_type");
    for (ModeratedContent content : moderated.get()) {
      if (content.contentType().equals(type)) {
        if (APPROVED.equals(decision)) {
          content.approved(projectId, item.string("content_id"));
        } else {
          content.rejected(projectId, item.string("content_id"));
        }
      }
    }
  }

  // ---------------------------------------------------------------- rules (27.2)

  /** The config must fit the rule's type (the row's, for an update): else 400 {@code invalid_rule}. */
  private void checkRule(Connection c, Scope scope, Values values, Row current) {
    if (!values.has("config")) {
      if (current == null) {
        checkConfig(((JsonString) values.get("rule_type")).getString(), JsonValue.EMPTY_JSON_OBJECT);
      }
      return;
    }
    String type = current == null ? ((JsonString) values.get("rule_type")).getString() : current.string("rule_type");
    checkConfig(type, values.get("config"));
  }

  private static void checkConfig(String type, JsonValue config) {
    if (!(config instanceof JsonObject o)) {
      throw invalidRule("config must be an object");
    }
    switch (type) {
      case KEYWORD_FILTER -> {
        if (o.size() != 1 || !(o.get("keywords") instanceof JsonArray words) || words.isEmpty()
            || words.size() > ModerationTables.MAX_KEYWORDS) {
          throw invalidRule("a keyword_filter's config is {keywords: [1.." + ModerationTables.MAX_KEYWORDS
              + " strings]}");
        }
        for (JsonValue w : words) {
          if (!(w instanceof JsonString s) || s.getString().isBlank()
              || s.getString().length() > ModerationTables.MAX_KEYWORD) {
            throw invalidRule("each keyword is a non-blank string of at most " + ModerationTables.MAX_KEYWORD
                + " characters");
          }
        }
      }
      case REGEX -> {
        if (o.size() != 1 || !(o.get("pattern") instanceof JsonString p) || p.getString().isEmpty()
            || p.getString().length() > ModerationTables.MAX_PATTERN) {
          throw invalidRule("a regex rule's config is {pattern: a string of 1.." + ModerationTables.MAX_PATTERN
              + " characters}");
        }
        try {
          Pattern.compile(p.getString());
        } catch (PatternSyntaxException e) {
          throw invalidRule("pattern is not a valid Java regular expression: " + e.getDescription());
        }
      }
      case AUTO_APPROVE_TRUSTED -> {
        if (!o.isEmpty()) {
          throw invalidRule("an auto_approve_trusted rule's config is {}");
        }
      }
      default -> throw invalidRule("unknown rule_type");
    }
  }

  private static ApiException invalidRule(String message) {
    return ApiException.badRequest("invalid_rule", message);
  }

  // ---------------------------------------------------------------- trust (27.2)

  private ApiResponse setTrust(ApiRequest request, Caller caller) throws SQLException {
    Values body = TRUST.forCreate(request.jsonObject());
    String userId = ((JsonString) body.get("app_user_id")).getString();
    Scope project = Scope.project(caller.projectId());
    Row row = locks.transaction(stores.db(), c -> {
      if (stores.users().inProject(c, caller.projectId(), List.of(userId)).isEmpty()) {
        throw ApiException.notFound("user_not_found", "no user with this id in the project");
      }
      Optional<Row> current = TRUST.listWhere(c, project, TRUST.where().eq("app_user_id", userId)).stream()
          .findFirst();
      if (current.isPresent()) {
        return TRUST.update(c, current.get(), body.remove("app_user_id"), clock.instant());
      }
      if (!body.has("auto_approve")) {
        body.set("auto_approve", JsonValue.FALSE);
      }
      return TRUST.insert(c, project, body, clock.instant());
    }, caller.projectId(), "trust", userId);
    return ApiResponse.ok(TRUST.json(row));
  }
}
