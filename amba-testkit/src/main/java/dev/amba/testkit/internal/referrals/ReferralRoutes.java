package dev.amba.testkit.internal.referrals;

import static dev.amba.testkit.internal.referrals.ReferralTables.CLAIMS;
import static dev.amba.testkit.internal.referrals.ReferralTables.CLAIM_BODY;
import static dev.amba.testkit.internal.referrals.ReferralTables.CODES;

import dev.amba.internal.endpoint.ReferralEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Handler;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.ProjectLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Referrals (amba-api-modules.md 21): codes and claims declared on the kit, the rules of 21.4
 * hand-written. Every code is made under the project's lock (its text must be free, ignoring case,
 * and a user gets one code), every claim under its code's lock, and the rewards are paid after the
 * claim commits through {@link Wallets} and {@link XpCredits}, best effort.
 *
 * <p>X, beyond the protocol file: a deleted code's text is free again (the code is gone, its claims
 * stay and still count as the user's one referrer); a code whose owner's code was deleted is made
 * anew by the next {@code my-code}; a user may claim any number of codes without an owner, each
 * once; an admin code's text is made as #1 when none is given; a claim's text longer than
 * {@value ReferralTables#MAX_CLAIM_TEXT} characters is 400 {@code invalid_input}; a code's claims are
 * listed oldest first.
 */
public final class ReferralRoutes implements RouteModule {

  /** 21.4 #1: what a made code is written with: no 0/O, 1/I/L look-alikes. */
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int MADE_LENGTH = 8;
  /** 21.4 #1: how many texts are tried before the route gives up with 500 {@code retry_exhausted}. */
  static final int TRIES = 5;

  private static final Set<String> OWN_CODE_FIELDS = Set.of("code", "max_uses");
  private static final Set<String> ADMIN_CODE_FIELDS = Set.of("code", "reward_referrer", "reward_referee", "max_uses");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Stores stores;
  private final Clock clock;
  private final Supplier<String> texts;
  private final ReferralRewards rewards;
  // Codes are made one at a time per project: a text is free, and a user has no code, when checked.
  private final ProjectLocks making = new ProjectLocks();
  // 21.4 #2: a code's claims (and admin changes) one at a time.
  private final KeyedLocks codeLocks = new KeyedLocks();

  public ReferralRoutes(Stores stores, Clock clock, Wallets wallets, XpCredits xp) {
    this(stores, clock, wallets, xp, ReferralRoutes::randomText);
  }

  /** With the texts made codes try, in order: a test that needs collisions gives its own. */
  ReferralRoutes(Stores stores, Clock clock, Wallets wallets, XpCredits xp, Supplier<String> texts) {
    this.stores = stores;
    this.clock = clock;
    this.texts = texts;
    this.rewards = new ReferralRewards(stores, wallets, xp);
  }

  @Override
  public List<Resource> resources() {
    return List.of(CODES, CLAIMS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ReferralEndpoints.MY_CODE, this::myCode);
    // X: the older guides' path, answered the same (21.1 Alternatives).
    routes.on(ReferralEndpoints.ME, this::myCode);
    routes.on(ReferralEndpoints.CLAIM, this::claim);
    routes.on(ReferralEndpoints.CREATE, making.serialized(this::createOwn));
    routes.on(ReferralEndpoints.ADMIN_CREATE, making.serialized(this::createAdmin));
    routes.on(ReferralEndpoints.ADMIN_LIST, this::list);
    routes.on(ReferralEndpoints.ADMIN_STATS, this::stats);
    routes.on(ReferralEndpoints.ADMIN_UPDATE, this::update);
    routes.on(ReferralEndpoints.ADMIN_DELETE, this::delete);
  }

  // ---------------------------------------------------------------- client (21.1)

  /** 200 with the user's code, or 201 with the one this call made (21.4 #1). */
  private ApiResponse myCode(ApiRequest request, Caller caller) throws Exception {
    Scope project = Scope.project(caller.projectId());
    String uid = caller.requireUser();
    Optional<Row> mine = db().read(c -> ownCode(c, project, uid));
    if (mine.isPresent()) {
      return ApiResponse.ok(CODES.json(mine.get()));
    }
    Handler make = (req, call) -> {
      Row[] made = new Row[1];
      Row row = db().transaction(c -> {
        Optional<Row> raced = ownCode(c, project, uid);
        if (raced.isPresent()) {
          return raced.get();
        }
        made[0] = insert(c, project, uid, CODES.forCreate(withTemplate(c, project, JsonValue.EMPTY_JSON_OBJECT)));
        return made[0];
      });
      return made[0] == null ? ApiResponse.ok(CODES.json(row)) : ApiResponse.created(CODES.json(row));
    };
    return making.serialized(make).handle(request, caller);
  }

  /** X (4.x core's create): the user's one code, with the text given or made, and the template's rewards. */
  private ApiResponse createOwn(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObjectOrEmpty();
    onlyFields(body, OWN_CODE_FIELDS);
    Scope project = Scope.project(caller.projectId());
    String uid = caller.requireUser();
    Row row = db().transaction(c -> {
      Values values = CODES.forCreate(withTemplate(c, project, body));
      if (ownCode(c, project, uid).isPresent()) {
        throw new ApiException(409, "code_exists", "the user has a referral code already");
      }
      return insert(c, project, uid, values);
    });
    return ApiResponse.created(CODES.json(row));
  }

  /**
   * 21.4 #2, in this order under the code's lock: the code (by text ignoring case, active), not the
   * caller's own, not claimed by the caller before, not a second code with an owner for the caller,
   * not past its uses; then the claim and one more use. Rewards and {@code referral_claimed} follow
   * the commit (#3, #4).
   */
  private ApiResponse claim(ApiRequest request, Caller caller) throws SQLException {
    String text = ((JsonString) CLAIM_BODY.forCreate(request.jsonObject()).get("code")).getString();
    String projectId = caller.projectId();
    String uid = caller.requireUser();
    Scope project = Scope.project(projectId);
    Row found = db().read(c -> byText(c, project, text)).orElseThrow(ReferralRoutes::invalidCode);
    Instant now = clock.instant();
    Row[] code = new Row[1];
    Row claim = codeLocks.transaction(db(), c -> {
      code[0] = CODES.findById(c, project, found.id()).filter(r -> r.bool("is_active"))
          .orElseThrow(ReferralRoutes::invalidCode);
      return claim(c, code[0], uid, now);
    }, projectId, found.id());
    String owner = code[0].string("app_user_id");
    rewards.pay(projectId, uid, code[0].get("reward_referee").asJsonObject(), claim.id());
    if (owner != null) {
      rewards.pay(projectId, owner, code[0].get("reward_referrer").asJsonObject(), claim.id());
    }
    rewards.emit(projectId, uid, "referral_claimed", ReferralRewards.claimed(code[0].id(), owner));
    return ApiResponse.created(claimJson(claim));
  }

  /** The checks and writes of one claim, inside the code's locked transaction. */
  private static Row claim(Connection c, Row code, String uid, Instant now) throws SQLException {
    String owner = code.string("app_user_id");
    if (uid.equals(owner)) {
      throw ApiException.badRequest("self_referral", "a user cannot claim their own referral code");
    }
    Scope referee = Scope.user(code.projectId(), uid);
    UUID codeId = UUID.fromString(code.id());
    if (!CLAIMS.listWhere(c, referee, "referral_code_id", codeId).isEmpty()) {
      throw alreadyClaimed("the user has claimed this referral code already");
    }
    if (owner != null && !CLAIMS.listWhere(c, referee, "one_referrer", ReferralTables.USER_OWNED).isEmpty()) {
      throw alreadyClaimed("the user has claimed another user's referral code already");
    }
    Integer max = code.integer("max_uses");
    int uses = code.integer("current_uses");
    if (max != null && uses >= max) {
      throw ApiException.badRequest("max_uses_reached", "the referral code has taken all its " + max + " claims");
    }
    Values values = CLAIMS.values()
        .set("referral_code_id", Json.createValue(code.id()))
        .set("referrer_id", JsonIo.string(owner))
        .set("claimed_at", Resource.stamp(now))
        .set("use_number", Json.createValue(uses + 1))
        .set("one_referrer", JsonIo.string(owner == null ? null : ReferralTables.USER_OWNED));
    Row claim;
    try {
      claim = CLAIMS.insert(c, referee, values, now);
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        // The same user claiming another owned code at this moment, under that code's lock, won.
        throw alreadyClaimed("the user has claimed another user's referral code already");
      }
      throw e;
    }
    CODES.update(c, code, CODES.values().set("current_uses", Json.createValue(uses + 1)), now);
    return claim;
  }

  // ---------------------------------------------------------------- admin (21.2)

  /** A code without an owner; its text given or made as #1 (21.4 #5). */
  private ApiResponse createAdmin(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    onlyFields(body, ADMIN_CODE_FIELDS);
    Values values = CODES.forCreate(body);
    ReferralRewards.canonical(values, "reward_referrer", "reward_referee");
    Scope project = Scope.project(caller.projectId());
    return ApiResponse.created(CODES.json(db().transaction(c -> insert(c, project, null, values))));
  }

  /** Every code, the users' own too, newest first. */
  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    List<Row> all = db().read(c -> CODES.list(c, Scope.project(caller.projectId())));
    JsonArrayBuilder data = JsonIo.array();
    all.forEach(r -> data.add(CODES.json(r)));
    return ApiResponse.ok(data.build());
  }

  /** {@code {referral_code, total_claims, claims}}, the claims oldest first (X). */
  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    return ApiResponse.ok(db().read(c -> {
      Row code = CODES.requireById(c, Scope.project(projectId), request.pathParam("codeId"));
      List<Row> claims = CLAIMS.listAcrossOwners(c, projectId, "referral_code_id", UUID.fromString(code.id()));
      JsonArrayBuilder data = JsonIo.array();
      claims.forEach(r -> data.add(claimJson(r)));
      return JsonIo.object().add("referral_code", CODES.json(code)).add("total_claims", claims.size())
          .add("claims", data).build();
    }));
  }

  /** PATCH {@code reward_referrer}, {@code reward_referee}, {@code max_uses}, {@code is_active}, under the code's lock. */
  private ApiResponse update(ApiRequest request, Caller caller) throws SQLException {
    Values values = CODES.forUpdate(request.jsonObject());
    ReferralRewards.canonical(values, "reward_referrer", "reward_referee");
    Scope project = Scope.project(caller.projectId());
    String codeId = request.pathParam("codeId");
    Row row = codeLocks.transaction(db(), c -> CODES.update(c, CODES.requireById(c, project, codeId), values,
        clock.instant()), caller.projectId(), codeId);
    return ApiResponse.ok(CODES.json(row));
  }

  /** Deletes the code under its lock, so no claim is half done; its claims are kept (21.2). */
  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    String codeId = request.pathParam("codeId");
    Row removed = codeLocks.transaction(db(), c -> {
      Row code = CODES.requireById(c, project, codeId);
      CODES.delete(c, code);
      return code;
    }, caller.projectId(), codeId);
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- rules

  /**
   * Inserts a code for {@code ownerId} (null for none): the given text when free ignoring case
   * (else 409 {@code code_exists}), or a made one, trying up to {@value #TRIES} texts (21.4 #1).
   * Only under the project's lock of {@link #making}, so no other code is made meanwhile.
   */
  private Row insert(Connection c, Scope project, String ownerId, Values values) throws SQLException {
    String text;
    if (values.has("code")) {
      text = ((JsonString) values.get("code")).getString();
      if (byText(c, project, text).isPresent()) {
        throw new ApiException(409, "code_exists", "another referral code has this text (ignoring case)");
      }
    } else {
      text = freeText(c, project);
      values.set("code", Json.createValue(text));
    }
    values.set("code_key", Json.createValue(key(text)))
        .set("current_uses", Json.createValue(0))
        .set("app_user_id", JsonIo.string(ownerId));
    return CODES.insert(c, project, values, clock.instant());
  }

  private String freeText(Connection c, Scope project) throws SQLException {
    for (int i = 0; i < TRIES; i++) {
      String text = texts.get();
      if (byText(c, project, text).isEmpty()) {
        return text;
      }
    }
    throw new ApiException(500, "retry_exhausted", "no free referral code text after " + TRIES + " tries");
  }

  /**
   * {@code body} with the template's rewards (21.4 #1): those of the oldest active code without an
   * owner, or none.
   */
  private static JsonObject withTemplate(Connection c, Scope project, JsonObject body) throws SQLException {
    Row template = null;
    for (Row code : CODES.list(c, project)) {
      // Newest first: the last match is the oldest.
      if (code.isNull("app_user_id") && code.bool("is_active")) {
        template = code;
      }
    }
    JsonObjectBuilder out = JsonIo.object();
    body.forEach(out::add);
    out.add("reward_referrer", template == null ? JsonValue.EMPTY_JSON_OBJECT : template.get("reward_referrer"));
    out.add("reward_referee", template == null ? JsonValue.EMPTY_JSON_OBJECT : template.get("reward_referee"));
    return out.build();
  }

  private static Optional<Row> ownCode(Connection c, Scope project, String uid) throws SQLException {
    return CODES.listWhere(c, project, "app_user_id", uid).stream().findFirst();
  }

  /** The code with this text, ignoring case; text no code could have finds nothing. */
  private static Optional<Row> byText(Connection c, Scope project, String text) throws SQLException {
    if (!ReferralTables.CODE.matcher(text).matches()) {
      return Optional.empty();
    }
    return CODES.listWhere(c, project, "code_key", key(text)).stream().findFirst();
  }

  private static String key(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  private static void onlyFields(JsonObject body, Set<String> allowed) {
    new FieldErrors("invalid_input").unknownFields(body, allowed).throwIfAny();
  }

  private static JsonObject claimJson(Row claim) {
    return CLAIMS.jsonBuilder(claim).add("referee_id", claim.userId()).build();
  }

  private static ApiException invalidCode() {
    return ApiException.notFound("invalid_code", "no active referral code with this text");
  }

  private static ApiException alreadyClaimed(String message) {
    return ApiException.badRequest("already_claimed", message);
  }

  private Database db() {
    return stores.db();
  }

  /** 21.4 #1: {@value #MADE_LENGTH} characters of {@link #ALPHABET}. */
  static String randomText() {
    StringBuilder text = new StringBuilder(MADE_LENGTH);
    for (int i = 0; i < MADE_LENGTH; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
