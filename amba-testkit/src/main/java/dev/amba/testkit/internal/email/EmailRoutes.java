package dev.amba.testkit.internal.email;

import static dev.amba.testkit.internal.email.EmailTables.DELIVERIES;
import static dev.amba.testkit.internal.email.EmailTables.SUPPRESSIONS;
import static dev.amba.testkit.internal.email.EmailTables.TEMPLATES;

import dev.amba.internal.endpoint.EmailEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.KeyedLocks;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transactional email (amba-api-modules.md 33). Nothing leaves the machine: every send renders its
 * template, writes a delivery row (status sent and message id {@code emu_<uuid>}, or suppressed
 * with none) and keeps what it rendered for {@code AmbaEmulator.recordedEmails}.
 *
 * <p>X decisions beyond 33: a user's own send answers 200 and an admin send 201; a body that is
 * not the documented shape is 400 {@code invalid_body} with {@code details.fields}; a send's checks
 * run in the order body, template, recipient, variables, rate, so a refused send writes nothing
 * and does not count; the client limit counts the user's own sends of the last 60 s by the
 * server's clock, under the user's lock, and answers 429 {@code rate_limited} with
 * {@code retry_after_seconds} (and {@code Retry-After}) until the oldest leaves the window; an
 * admin send by {@code email} records no {@code app_user_id}, and one of its own needs HTML or
 * text; a template upsert replaces the whole template (a missing {@code text_body} becomes null);
 * suppressing an address already suppressed answers 200 with its row unchanged; deleting a
 * template that does not exist is 404 {@code template_not_found}, an address not suppressed 404
 * {@code not_found}; an address is 3 to 320 characters with one {@code @} and no spaces.
 */
public final class EmailRoutes implements RouteModule {

  static final int CLIENT_SENDS_PER_MINUTE = 10;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final Set<String> STATUSES = Set.of("queued", "sent", "suppressed", "bounced", "failed");

  private final Stores stores;
  private final Clock clock;
  /** Keyed by template name, by suppressed address, and by user for the sends the limit counts. */
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud templates;
  private final Crud deliveries;
  private final Crud suppressions;

  public EmailRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    templates = Crud.of(TEMPLATES, stores, clock);
    // Deliveries are named by id alone: they have no key.
    deliveries = Crud.of(DELIVERIES, stores, clock).byIdOnly();
    suppressions = Crud.of(SUPPRESSIONS, stores, clock);
  }

  @Override
  public List<Resource> resources() {
    return List.of(TEMPLATES, DELIVERIES, SUPPRESSIONS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EmailEndpoints.SEND, this::clientSend);
    routes.on(EmailEndpoints.ADMIN_TEMPLATE_SAVE, this::saveTemplate);
    routes.on(EmailEndpoints.ADMIN_TEMPLATE_LIST, templates.list());
    routes.on(EmailEndpoints.ADMIN_TEMPLATE_GET, templates.get("name"));
    routes.on(EmailEndpoints.ADMIN_TEMPLATE_UPDATE, templates.update("name"));
    routes.on(EmailEndpoints.ADMIN_TEMPLATE_DELETE, templates.delete("name", DeleteAnswer.DELETED_MARKER, "name"));
    routes.on(EmailEndpoints.ADMIN_SEND, this::adminSend);
    routes.on(EmailEndpoints.ADMIN_DELIVERIES, this::listDeliveries);
    routes.on(EmailEndpoints.ADMIN_DELIVERY, deliveries.get("deliveryId"));
    routes.on(EmailEndpoints.ADMIN_SUPPRESS, this::suppress);
    routes.on(EmailEndpoints.ADMIN_SUPPRESSIONS, suppressions.list());
    routes.on(EmailEndpoints.ADMIN_UNSUPPRESS, this::unsuppress);
  }

  // ---------------------------------------------------------------- templates (33.2)

  /** Upsert by name: 201 when new, 200 when it replaced one; 400 {@code invalid_name} for a bad name. */
  private ApiResponse saveTemplate(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    JsonValue name = body.get("name");
    if (!(name instanceof JsonString s) || !Field.KEY.matcher(s.getString()).matches()) {
      throw new FieldErrors("invalid_name").add("name", Field.KEY_RULE, "a string", name).toException();
    }
    Values values = TEMPLATES.forCreate(body);
    if (!values.has("text_body")) {
      values.set("text_body", JsonValue.NULL);
    }
    Scope project = Scope.project(caller.projectId());
    String key = ((JsonString) name).getString();
    boolean[] made = new boolean[1];
    Row row = locks.transaction(stores.db(), c -> {
      Optional<Row> current = TEMPLATES.find(c, project, key);
      made[0] = current.isEmpty();
      return made[0] ? TEMPLATES.insert(c, project, values, clock.instant())
          : TEMPLATES.update(c, current.get(), values.remove("name"), clock.instant());
    }, caller.projectId(), "template", key);
    JsonObject json = templates.json(row);
    return made[0] ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  // ---------------------------------------------------------------- sends (33.1, 33.2)

  /** What a send will write, once every check passed. */
  private record Send(String template, String toEmail, String userId, Templates.Rendered rendered, String origin) {}

  private ApiResponse clientSend(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors("invalid_body").unknownFields(body, Set.of("template", "data"));
    String template = string(body, "template", true, errors);
    JsonObject data = data(body, errors);
    errors.throwIfAny();
    String me = caller.requireUser();
    Row stored = template(caller, template);
    UserRow user = stores.users().findInProject(caller.projectId(), me)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"));
    if (user.email() == null) {
      throw new ApiException(422, "no_recipient", "the user has no email address");
    }
    Send send = new Send(template, user.email(), me, render(stored, data), EmailTables.CLIENT);
    Row row = locks.transaction(stores.db(), c -> {
      refuseOverLimit(c, caller.projectId(), me);
      return deliver(c, caller.projectId(), send);
    }, caller.projectId(), "client-sends", me);
    return ApiResponse.ok(JsonIo.object().add("message_id", JsonIo.string(row.string("message_id")))
        .add("status", row.string("status")).build());
  }

  private ApiResponse adminSend(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors("invalid_body")
        .unknownFields(body, Set.of("to", "template", "data", "subject", "html", "text"));
    JsonValue to = body.get("to");
    String userId = null;
    String address = null;
    if (!(to instanceof JsonObject target)) {
      errors.add("to", "must be {user_id} or {email}", "an object", to);
    } else {
      errors.unknownFields("to.", target.keySet(), Set.of("user_id", "email"), "to takes only");
      userId = string(target, "user_id", false, errors);
      address = string(target, "email", false, errors);
      if ((userId == null) == (address == null)) {
        errors.add("to", "must name exactly one of user_id and email");
      } else if (address != null && !isAddress(address)) {
        errors.add("to.email", "must be one email address, at most " + EmailTables.MAX_ADDRESS + " characters");
      }
    }
    String template = string(body, "template", false, errors);
    JsonObject data = data(body, errors);
    String subject = string(body, "subject", false, errors);
    String html = string(body, "html", false, errors);
    String text = string(body, "text", false, errors);
    if ((template == null) == (subject == null)) {
      errors.add("template", "give either a template or a subject with html and/or text");
    } else if (template != null && (html != null || text != null)) {
      errors.add("template", "a template send takes no html or text of its own");
    } else if (subject != null) {
      if (html == null && text == null) {
        errors.add("html", "a send without a template needs html, text or both");
      }
      if (body.containsKey("data")) {
        errors.add("data", "fills a template's placeholders; a send without a template takes none");
      }
      checkLength(errors, "subject", subject, EmailTables.MAX_SUBJECT);
      checkLength(errors, "html", html, EmailTables.MAX_BODY);
      checkLength(errors, "text", text, EmailTables.MAX_BODY);
    }
    errors.throwIfAny();

    Templates.Rendered rendered;
    if (template != null) {
      rendered = render(template(caller, template), data);
    } else {
      rendered = new Templates.Rendered(subject, html, text != null ? text : Templates.stripTags(html));
    }
    String toEmail = address;
    if (userId != null) {
      UserRow user = stores.users().findInProject(caller.projectId(), userId)
          .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"));
      if (user.email() == null) {
        throw new ApiException(422, "no_recipient", "the user has no email address");
      }
      toEmail = user.email();
    }
    Send send = new Send(template, toEmail, userId, rendered, EmailTables.ADMIN);
    Row row = stores.db().transaction(c -> deliver(c, caller.projectId(), send));
    return ApiResponse.created(deliveries.json(row));
  }

  private Row template(Caller caller, String name) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    return stores.db().read(c -> TEMPLATES.find(c, project, name))
        .orElseThrow(() -> ApiException.notFound("template_not_found", "no email template named " + name));
  }

  private static Templates.Rendered render(Row template, JsonObject data) {
    return Templates.render(template.string("name"), template.string("subject"), template.string("html_body"),
        template.string("text_body"), data);
  }

  /**
   * The user's own sends of the last minute, under the user's lock: past the limit, 429. A send
   * leaves the window a minute after it was made, to the microsecond the clock is stored with.
   */
  private void refuseOverLimit(Connection c, String projectId, String userId) throws SQLException {
    Instant now = clock.instant();
    List<Row> recent = DELIVERIES.listWhere(c, Scope.project(projectId), DELIVERIES.where()
        .eq("origin", EmailTables.CLIENT).eq("app_user_id", userId)
        .atLeast(Resource.CREATED_AT, Times.toSql(now.minus(WINDOW).plusNanos(1000))));
    if (recent.size() < CLIENT_SENDS_PER_MINUTE) {
      return;
    }
    Instant oldest = recent.stream().map(r -> r.instant(Resource.CREATED_AT)).min(Instant::compareTo).orElse(now);
    long wait = Math.max(1, (Duration.between(now, oldest.plus(WINDOW)).toMillis() + 999) / 1000);
    throw new ApiException(429, "rate_limited", "at most " + CLIENT_SENDS_PER_MINUTE
        + " emails per user per minute", JsonIo.object().add("retry_after_seconds", wait).build(),
        Map.of("Retry-After", Long.toString(wait)));
  }

  /** The delivery row: suppressed (no message id) for an address on the list, else sent. */
  private Row deliver(Connection c, String projectId, Send send) throws SQLException {
    Scope project = Scope.project(projectId);
    boolean suppressed = SUPPRESSIONS.find(c, project, send.toEmail().toLowerCase(Locale.ROOT)).isPresent();
    Values values = DELIVERIES.values()
        .set("template", JsonIo.string(send.template()))
        .set("to_email", Json.createValue(send.toEmail()))
        .set("app_user_id", JsonIo.string(send.userId()))
        .set("subject", Json.createValue(send.rendered().subject()))
        .set("status", Json.createValue(suppressed ? "suppressed" : "sent"))
        .set("message_id", suppressed ? JsonValue.NULL : Json.createValue("emu_" + Ids.uuid()))
        .set("error", JsonValue.NULL)
        .set(Resource.CREATED_AT, Resource.stamp(clock.instant()))
        .set("html", JsonIo.string(send.rendered().html()))
        .set("text", JsonIo.string(send.rendered().text()))
        .set("origin", Json.createValue(send.origin()));
    return DELIVERIES.insert(c, project, values, clock.instant());
  }

  // ---------------------------------------------------------------- deliveries (33.2)

  private ApiResponse listDeliveries(ApiRequest request, Caller caller) throws SQLException {
    String template = Params.optional(request, "template");
    String status = Params.optional(request, "status");
    FieldErrors errors = new FieldErrors("invalid_input");
    if (template != null && !Field.KEY.matcher(template).matches()) {
      errors.add("template", Field.KEY_RULE);
    }
    if (status != null && !STATUSES.contains(status)) {
      errors.add("status", "must be queued, sent, suppressed, bounced or failed");
    }
    errors.throwIfAny();
    Where where = DELIVERIES.where();
    where = template == null ? where : where.eq("template", template);
    where = status == null ? where : where.eq("status", status);
    Where selected = where;
    Scope project = Scope.project(caller.projectId());
    return deliveries.offsetList(request, PAGE, MAX_PAGE,
        (c, limit, offset) -> DELIVERIES.pageWhere(c, project, selected, limit, offset));
  }

  // ---------------------------------------------------------------- suppressions (33.2)

  private ApiResponse suppress(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    JsonValue email = body.get("email");
    if (email instanceof JsonString s && !isAddress(s.getString())) {
      throw new FieldErrors("invalid_input").add("email", "must be one email address, at most "
          + EmailTables.MAX_ADDRESS + " characters").toException();
    }
    Values values = SUPPRESSIONS.forCreate(body);
    String address = ((JsonString) email).getString().toLowerCase(Locale.ROOT);
    values.set("email", Json.createValue(address)).set(Resource.CREATED_AT, Resource.stamp(clock.instant()));
    Scope project = Scope.project(caller.projectId());
    boolean[] made = new boolean[1];
    Row row = locks.transaction(stores.db(), c -> {
      Optional<Row> current = SUPPRESSIONS.find(c, project, address);
      made[0] = current.isEmpty();
      return made[0] ? SUPPRESSIONS.insert(c, project, values, clock.instant()) : current.get();
    }, caller.projectId(), "suppression", address);
    JsonObject json = suppressions.json(row);
    return made[0] ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  private ApiResponse unsuppress(ApiRequest request, Caller caller) throws SQLException {
    String address = request.pathParam("email").toLowerCase(Locale.ROOT);
    Scope project = Scope.project(caller.projectId());
    locks.transaction(stores.db(), c -> {
      Row current = SUPPRESSIONS.require(c, project, address);
      SUPPRESSIONS.delete(c, current);
      return current;
    }, caller.projectId(), "suppression", address);
    return ApiResponse.ok(JsonIo.object().add("email", address).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- body checks

  private static String string(JsonObject body, String name, boolean required, FieldErrors errors) {
    JsonValue v = body.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        errors.add(name, "is required", "a string", null);
      }
      return null;
    }
    if (!(v instanceof JsonString s)) {
      errors.wrongType(name, "a string", v);
      return null;
    }
    return s.getString();
  }

  private static JsonObject data(JsonObject body, FieldErrors errors) {
    JsonValue v = body.get("data");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (!(v instanceof JsonObject o)) {
      errors.wrongType("data", "an object", v);
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    return o;
  }

  private static void checkLength(FieldErrors errors, String name, String value, int max) {
    if (value != null && (value.isEmpty() || value.length() > max)) {
      errors.add(name, "must be 1.." + max + " characters");
    }
  }

  static boolean isAddress(String email) {
    int at = email.indexOf('@');
    return email.length() >= 3 && email.length() <= EmailTables.MAX_ADDRESS && at > 0 && at == email.lastIndexOf('@')
        && at < email.length() - 1 && email.chars().noneMatch(ch -> ch <= ' ' || ch == 0x7f);
  }
}
