package dev.amba.testkit.internal.reviews;

import static dev.amba.testkit.internal.reviews.ReviewTables.APPROVAL_BODY;
import static dev.amba.testkit.internal.reviews.ReviewTables.ITEMS;
import static dev.amba.testkit.internal.reviews.ReviewTables.REVIEWS;
import static dev.amba.testkit.internal.reviews.ReviewTables.SUBMIT_BODY;

import dev.amba.internal.endpoint.ReviewEndpoints;
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
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Resource.Where;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Listing;
import dev.amba.testkit.internal.store.SqlWork;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews (amba-api-modules.md 26): every write of a review runs under the lock of its item
 * ({@code item_type}, {@code item_id}), re-reading inside the lock's transaction, and recomputes the
 * item's aggregates in the same transaction, so concurrent reviews of one item never leave a stale
 * average. A new or edited review is screened by moderation on the same connection (26.3): a match
 * leaves it unapproved and files its queue item with it. A review is moderated content
 * ({@code review}): approved it shows, rejected it is held back.
 *
 * <p>X decisions beyond 26.1-26.3: {@code review_count} counts approved reviews, as the average
 * does; an item nobody reviewed answers an empty page with 0 and 0; a client PATCH of another
 * user's review and an empty PATCH are 404 {@code update_failed} and 400 {@code invalid_input};
 * a deleted review's item stays, with its aggregates recomputed; a user's own list holds its 100
 * newest reviews; the export is oldest first, its CSV columns those of {@link #EXPORT_COLUMNS}
 * (RFC 4180 quoting), {@code since} an ISO-8601 instant and the rating bounds 1..5 (400
 * {@code invalid_input} otherwise); stats give {@code average_rating} over approved reviews and the
 * total and distribution over all.
 */
public final class ReviewRoutes implements RouteModule {

  private static final int CLIENT_PAGE = 20;
  private static final int ADMIN_PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final int MY_REVIEWS = 100;
  private static final String CONTENT_TYPE = "review";
  private static final List<String> EXPORT_COLUMNS = List.of("id", "reviewable_item_id", "item_type", "item_id",
      "app_user_id", "rating", "title", "body", "is_approved", "created_at", "updated_at");

  private final Stores stores;
  private final Clock clock;
  private final Screening screening;
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud reviews;
  private final Crud items;

  public ReviewRoutes(Stores stores, Clock clock, Screening screening) {
    this.stores = stores;
    this.clock = clock;
    this.screening = screening;
    this.reviews = Crud.of(REVIEWS, stores, clock).byIdOnly();
    this.items = Crud.of(ITEMS, stores, clock).byIdOnly();
  }

  @Override
  public List<Resource> resources() {
    return List.of(ITEMS, REVIEWS);
  }

  @Override
  public List<ModeratedContent> moderatedContent() {
    return List.of(ModeratedContent.of(CONTENT_TYPE, (projectId, id) -> moderated(projectId, id, true),
        (projectId, id) -> moderated(projectId, id, false)));
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ReviewEndpoints.SUBMIT, this::submit);
    routes.on(ReviewEndpoints.FOR_ITEM, this::forItem);
    routes.on(ReviewEndpoints.MINE, this::mine);
    routes.on(ReviewEndpoints.UPDATE, this::update);
    routes.on(ReviewEndpoints.DELETE, this::delete);
    routes.on(ReviewEndpoints.ADMIN_STATS, this::stats);
    routes.on(ReviewEndpoints.ADMIN_LIST, this::adminList);
    routes.on(ReviewEndpoints.ADMIN_EXPORT, this::export);
    routes.on(ReviewEndpoints.ADMIN_APPROVAL, this::setApproval);
    routes.on(ReviewEndpoints.ADMIN_DELETE, this::adminDelete);
    routes.on(ReviewEndpoints.ADMIN_ITEMS, items.page(ADMIN_PAGE, MAX_PAGE));
  }

  // ---------------------------------------------------------------- writes

  /** 201 the new review, approved unless screening matches; 409 {@code already_reviewed}. */
  private ApiResponse submit(ApiRequest request, Caller caller) throws SQLException {
    Values body = SUBMIT_BODY.forCreate(request.jsonObject());
    String me = caller.requireUser();
    String projectId = caller.projectId();
    String type = ((JsonString) body.get("item_type")).getString();
    String itemId = ((JsonString) body.get("item_id")).getString();
    Scope project = Scope.project(projectId);
    Row review = locks.transaction(stores.db(), c -> {
      Row item = ITEMS.listWhere(c, project, ITEMS.where().eq("item_type", type).eq("item_id", itemId)).stream()
          .findFirst().orElse(null);
      if (item == null) {
        item = ITEMS.insert(c, project, ITEMS.values().set("item_type", Json.createValue(type))
            .set("item_id", Json.createValue(itemId)).set("avg_rating", Json.createValue(0))
            .set("review_count", Json.createValue(0)), clock.instant());
      } else if (!REVIEWS.listWhere(c, project, REVIEWS.where().eq("reviewable_item_id", item.id())
          .eq("app_user_id", me)).isEmpty()) {
        throw new ApiException(409, "already_reviewed", "the user reviewed this item already");
      }
      Values values = REVIEWS.values().set("reviewable_item_id", Json.createValue(item.id()))
          .set("app_user_id", Json.createValue(me)).set("rating", body.get("rating"))
          .set("is_approved", JsonValue.TRUE);
      for (String text : List.of("title", "body")) {
        if (body.has(text)) {
          values.set(text, body.get(text));
        }
      }
      Row written = screened(c, projectId, REVIEWS.insert(c, project, values, clock.instant()));
      recompute(c, item);
      return written;
    }, projectId, "item", type, itemId);
    return ApiResponse.created(REVIEWS.json(review));
  }

  /** The author's edit, screened again; another user's review or a missing one: 404 {@code update_failed}. */
  private ApiResponse update(ApiRequest request, Caller caller) throws SQLException {
    Values change = REVIEWS.forUpdate(request.jsonObject());
    String me = caller.requireUser();
    ApiException refused = ApiException.notFound("update_failed", "no review with this id by the user");
    Row review = onReview(caller.projectId(), request.pathParam("reviewId"), refused, (c, current, item) -> {
      if (!me.equals(current.string("app_user_id"))) {
        throw refused;
      }
      Row written = screened(c, caller.projectId(), REVIEWS.update(c, current, change, clock.instant()));
      recompute(c, item);
      return written;
    });
    return ApiResponse.ok(REVIEWS.json(review));
  }

  /** The author's delete; another user's review or a missing one: 404 {@code not_found}. */
  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    ApiException refused = ApiException.notFound("not_found", "no review with this id by the user");
    Row review = onReview(caller.projectId(), request.pathParam("reviewId"), refused, (c, current, item) -> {
      if (!me.equals(current.string("app_user_id"))) {
        throw refused;
      }
      REVIEWS.delete(c, current);
      recompute(c, item);
      return current;
    });
    return deleted(review);
  }

  private ApiResponse setApproval(ApiRequest request, Caller caller) throws SQLException {
    Values body = APPROVAL_BODY.forCreate(request.jsonObject());
    Row review = onReview(caller.projectId(), request.pathParam("reviewId"), REVIEWS.notFound(),
        (c, current, item) -> approve(c, current, item, body.get("is_approved") == JsonValue.TRUE));
    return ApiResponse.ok(REVIEWS.json(review));
  }

  private ApiResponse adminDelete(ApiRequest request, Caller caller) throws SQLException {
    Row review = onReview(caller.projectId(), request.pathParam("reviewId"), REVIEWS.notFound(),
        (c, current, item) -> {
          REVIEWS.delete(c, current);
          recompute(c, item);
          return current;
        });
    return deleted(review);
  }

  private static ApiResponse deleted(Row review) {
    return ApiResponse.ok(JsonIo.object().add("id", review.id()).add("deleted", true).build());
  }

  /** A moderator's decision on the queue (27.4); a review that is gone is left alone. */
  private void moderated(String projectId, String reviewId, boolean approved) throws SQLException {
    try {
      onReview(projectId, reviewId, REVIEWS.notFound(), (c, current, item) -> approve(c, current, item, approved));
    } catch (ApiException gone) {
      // Deleted meanwhile, or another project's: the queue item resolves all the same.
    }
  }

  private Row approve(Connection c, Row review, Row item, boolean approved) throws SQLException {
    Row written = REVIEWS.update(c, review, REVIEWS.values().set("is_approved", approved ? JsonValue.TRUE
        : JsonValue.FALSE), clock.instant());
    recompute(c, item);
    return written;
  }

  /** Work on one review under its item's lock. */
  @FunctionalInterface
  private interface ReviewWork {
    Row apply(Connection c, Row review, Row item) throws SQLException;
  }

  /**
   * Finds the review and its item, takes the item's lock, and re-reads both inside the lock's
   * transaction; {@code missing} when the review is not there (before or after the lock).
   */
  private Row onReview(String projectId, String reviewId, ApiException missing, ReviewWork work) throws SQLException {
    Scope project = Scope.project(projectId);
    SqlWork<Optional<Row[]>> read = c -> {
      Optional<Row> review = REVIEWS.findById(c, project, reviewId);
      if (review.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Row[] {review.get(), ITEMS.requireById(c, project, review.get().string("reviewable_item_id"))});
    };
    Row[] found = stores.db().read(read).orElseThrow(() -> missing);
    return locks.transaction(stores.db(), c -> {
      Row[] now = read.run(c).orElseThrow(() -> missing);
      return work.apply(c, now[0], now[1]);
    }, projectId, "item", found[1].string("item_type"), found[1].string("item_id"));
  }

  /** Approved unless a moderation rule matches the title or body; a match files its queue item on {@code c}. */
  private Row screened(Connection c, String projectId, Row review) throws SQLException {
    List<String> texts = new ArrayList<>();
    texts.add(review.string("title"));
    texts.add(review.string("body"));
    boolean matched = screening.screen(c, projectId, review.string("app_user_id"), CONTENT_TYPE, review.id(), texts);
    JsonValue approved = matched ? JsonValue.FALSE : JsonValue.TRUE;
    if (review.get("is_approved").equals(approved)) {
      return review;
    }
    return REVIEWS.update(c, review, REVIEWS.values().set("is_approved", approved), clock.instant());
  }

  /** 26.3: the item's average (half-up, 2 decimals) and count over its approved reviews. */
  private void recompute(Connection c, Row item) throws SQLException {
    Scope project = Scope.project(item.projectId());
    List<Row> approved = REVIEWS.listWhere(c, project, REVIEWS.where().eq("reviewable_item_id", item.id())
        .eq("is_approved", true));
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : approved) {
      sum = sum.add(BigDecimal.valueOf(r.integer("rating")));
    }
    BigDecimal avg = approved.isEmpty() ? BigDecimal.ZERO
        : sum.divide(BigDecimal.valueOf(approved.size()), 2, RoundingMode.HALF_UP);
    ITEMS.update(c, item, ITEMS.values().set("avg_rating", Json.createValue(avg))
        .set("review_count", Json.createValue(approved.size())), clock.instant());
  }

  // ---------------------------------------------------------------- reads

  /** The item's approved reviews, newest first, each with its author, and the item's aggregates. */
  private ApiResponse forItem(ApiRequest request, Caller caller) throws SQLException {
    int limit = Params.intParam(request, "limit", CLIENT_PAGE, 1, MAX_PAGE, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    Scope project = Scope.project(caller.projectId());
    String type = request.pathParam("itemType");
    String itemId = request.pathParam("itemId");
    JsonObject page = stores.db().read(c -> {
      Optional<Row> item = ITEMS.listWhere(c, project, ITEMS.where().eq("item_type", type).eq("item_id", itemId))
          .stream().findFirst();
      Listing<Row> listing = item.isEmpty() ? new Listing<>(List.of(), 0)
          : REVIEWS.pageWhere(c, project, REVIEWS.where().eq("reviewable_item_id", item.get().id())
              .eq("is_approved", true), limit, offset);
      JsonArrayBuilder data = JsonIo.array();
      render(c, caller.projectId(), listing.items(), true, false).forEach(data::add);
      return JsonIo.object().add("data", data).add("total", listing.total()).add("offset", offset)
          .add("limit", limit)
          .add("avg_rating", item.map(r -> r.get("avg_rating")).orElse(Json.createValue(0)))
          .add("review_count", item.map(r -> r.get("review_count")).orElse(Json.createValue(0))).build();
    });
    return ApiResponse.json(200, page);
  }

  private ApiResponse mine(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    List<JsonObject> rows = stores.db().read(c -> render(c, caller.projectId(), REVIEWS.pageWhere(c,
        Scope.project(caller.projectId()), REVIEWS.where().eq("app_user_id", me), MY_REVIEWS, 0).items(), false, true));
    JsonArrayBuilder data = JsonIo.array();
    rows.forEach(data::add);
    return ApiResponse.ok(data.build());
  }

  private ApiResponse adminList(ApiRequest request, Caller caller) throws SQLException {
    String approved = Params.optional(request, "is_approved");
    if (approved != null && !approved.equals("true") && !approved.equals("false")) {
      throw FieldErrors.single("is_approved", "must be true or false");
    }
    Where where = approved == null ? REVIEWS.where() : REVIEWS.where().eq("is_approved", Boolean.parseBoolean(approved));
    Scope project = Scope.project(caller.projectId());
    return reviews.offsetList(request, ADMIN_PAGE, MAX_PAGE,
        (c, limit, offset) -> REVIEWS.pageWhere(c, project, where, limit, offset),
        (c, rows) -> render(c, caller.projectId(), rows, true, true));
  }

  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    List<Row> all = stores.db().read(c -> REVIEWS.list(c, Scope.project(caller.projectId())));
    long[] byRating = new long[6];
    long pending = 0;
    long approvedCount = 0;
    BigDecimal approvedSum = BigDecimal.ZERO;
    for (Row r : all) {
      int rating = r.integer("rating");
      byRating[rating]++;
      if (r.bool("is_approved")) {
        approvedCount++;
        approvedSum = approvedSum.add(BigDecimal.valueOf(rating));
      } else {
        pending++;
      }
    }
    JsonObjectBuilder distribution = JsonIo.object();
    for (int rating = 1; rating <= 5; rating++) {
      distribution.add(Integer.toString(rating), byRating[rating]);
    }
    BigDecimal average = approvedCount == 0 ? BigDecimal.ZERO
        : approvedSum.divide(BigDecimal.valueOf(approvedCount), 2, RoundingMode.HALF_UP);
    return ApiResponse.ok(JsonIo.object().add("total_reviews", all.size()).add("average_rating", average)
        .add("pending_approval", pending).add("rating_distribution", distribution).build());
  }

  /** {@code format} csv (default) or ndjson; {@code since}, {@code rating_min}, {@code rating_max}; oldest first. */
  private ApiResponse export(ApiRequest request, Caller caller) throws SQLException {
    String format = Params.optional(request, "format") == null ? "csv" : Params.optional(request, "format");
    String sinceText = Params.optional(request, "since");
    Instant since = sinceText == null ? null : Times.parseOrNull(sinceText);
    FieldErrors errors = new FieldErrors("invalid_input");
    if (!format.equals("csv") && !format.equals("ndjson")) {
      errors.add("format", "must be csv or ndjson");
    }
    if (sinceText != null && since == null) {
      errors.add("since", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
    }
    errors.throwIfAny();
    int least = Params.intParam(request, "rating_min", 1, 1, 5, "invalid_input");
    int greatest = Params.intParam(request, "rating_max", 5, 1, 5, "invalid_input");
    Scope project = Scope.project(caller.projectId());
    Where where = since == null ? REVIEWS.where() : REVIEWS.where().atLeast(Resource.CREATED_AT, Times.toSql(since));
    List<JsonObject> rows = stores.db().read(c -> render(c, caller.projectId(), REVIEWS.listWhere(c, project, where),
        false, true));
    StringBuilder out = new StringBuilder();
    if (format.equals("csv")) {
      out.append(String.join(",", EXPORT_COLUMNS)).append("\r\n");
    }
    List<JsonObject> oldestFirst = new ArrayList<>(rows);
    java.util.Collections.reverse(oldestFirst);
    for (JsonObject row : oldestFirst) {
      int rating = row.getInt("rating");
      if (rating < least || rating > greatest) {
        continue;
      }
      JsonObject line = exportLine(row);
      if (format.equals("csv")) {
        List<String> cells = new ArrayList<>();
        for (String column : EXPORT_COLUMNS) {
          cells.add(csvCell(line.get(column)));
        }
        out.append(String.join(",", cells)).append("\r\n");
      } else {
        out.append(JsonIo.write(line)).append('\n');
      }
    }
    return ApiResponse.text(out.toString(), format.equals("csv") ? "text/csv" : "application/x-ndjson");
  }

  private static JsonObject exportLine(JsonObject row) {
    JsonObject target = row.getJsonObject("reviewable_items");
    JsonObjectBuilder line = JsonIo.object();
    for (String column : EXPORT_COLUMNS) {
      line.add(column, column.equals("item_type") || column.equals("item_id") ? target.get(column) : row.get(column));
    }
    return line.build();
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled; null is empty. */
  private static String csvCell(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    String text = value instanceof JsonString s ? s.getString() : value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Review rows with {@code app_users} (their authors) and/or {@code reviewable_items} (what they review). */
  private List<JsonObject> render(Connection c, String projectId, List<Row> rows, boolean authors, boolean targets)
      throws SQLException {
    Scope project = Scope.project(projectId);
    Map<String, UserRow> users = authors
        ? stores.users().inProject(c, projectId, rows.stream().map(r -> r.string("app_user_id")).toList()) : Map.of();
    Map<String, Row> reviewed = new HashMap<>();
    List<JsonObject> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      JsonObjectBuilder json = REVIEWS.jsonBuilder(r);
      if (authors) {
        UserRow u = users.get(r.string("app_user_id"));
        json.add("app_users", JsonIo.object().add("id", r.string("app_user_id"))
            .add("display_name", JsonIo.string(u == null ? null : u.displayName()))
            .add("avatar_url", JsonIo.string(u == null ? null : u.avatarUrl())));
      }
      if (targets) {
        String itemId = r.string("reviewable_item_id");
        Row item = reviewed.get(itemId);
        if (item == null) {
          item = ITEMS.requireById(c, project, itemId);
          reviewed.put(itemId, item);
        }
        json.add("reviewable_items", JsonIo.object().add("item_type", item.string("item_type"))
            .add("item_id", item.string("item_id")));
      }
      out.add(json.build());
    }
    return out;
  }
}
