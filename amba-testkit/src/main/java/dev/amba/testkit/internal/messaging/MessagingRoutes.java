package dev.amba.testkit.internal.messaging;

import static dev.amba.testkit.internal.messaging.MessagingTables.CONVERSATIONS;
import static dev.amba.testkit.internal.messaging.MessagingTables.CONVERSATIONS_NEWEST;
import static dev.amba.testkit.internal.messaging.MessagingTables.DIRECT;
import static dev.amba.testkit.internal.messaging.MessagingTables.GROUP;
import static dev.amba.testkit.internal.messaging.MessagingTables.MESSAGES;
import static dev.amba.testkit.internal.messaging.MessagingTables.MESSAGES_OLDEST;
import static dev.amba.testkit.internal.messaging.MessagingTables.PARTICIPANTS;

import dev.amba.internal.endpoint.MessagingEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.DeletedWhenRejected;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.engagement.Relationships;
import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Messaging (amba-api-modules.md 25): conversations that only their participants read or write
 * (25.4 #1), one direct conversation per pair of users (#2), and messages in one order per
 * conversation. Every write to a conversation (a message, a read marker, a new participant) runs
 * under that conversation's lock, re-reading the conversation inside the lock's transaction; a
 * direct conversation is opened under its pair's lock, so two users opening it at once get one.
 * The checks that read other modules (users, blocks) run before a lock is taken and hold no
 * connection of a write, so a busy conversation cannot starve the connection pool.
 *
 * <p>A blocked pair (the friends module's {@link Relationships}) cannot open a direct conversation
 * nor send in one: 403 {@code blocked}. Each new message passes the project's moderation rules
 * ({@link Screening}, 25.4 #7) in its own transaction; a match files a queue item and the message is
 * still delivered. A message is moderated content ({@code message}): rejected, it is deleted (27.4).
 *
 * <p>X decisions beyond 25.1-25.4: a body that is not a JSON object, an unknown field, a wrong
 * type and a bad value are all 400 {@code invalid_payload} with {@code details.fields} (and
 * {@code details.missing} naming absent required fields); a group conversation naming a user in a
 * blocked pair with the caller is 403 {@code blocked} too, and so is adding one; messages of a
 * group conversation are never refused for a block; a blocked pair still reads its history; a
 * conversation holds at most {@value MessagingTables#MAX_PARTICIPANTS} participants (a create
 * beyond: 400 {@code invalid_payload}, an add: 409 {@code conversation_full}); {@code unread_count}
 * and the read marker go by the conversation's order of messages, not the clock, so a message sent
 * in the same millisecond as a read is still unread; a participant added later has the history
 * unread; lists read newest first by that order, an admin's oldest first; the admin's views carry
 * {@code unread_count} 0; {@code active_conversations_24h} counts conversations with a message sent
 * in the last 24 hours of the clock; an admin delete of a message that is not there is 404
 * {@code not_found}; a blocked or missing user named to an add is checked after the caller's own
 * participation, so an outsider learns nothing of the conversation's users.
 */
public final class MessagingRoutes implements RouteModule {

  private static final int CLIENT_CONVERSATIONS_PAGE = 20;
  private static final int CLIENT_MESSAGES_PAGE = 50;
  private static final int ADMIN_PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final String CONTENT_TYPE = "message";
  private static final Pattern UUID_SHAPED =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Stores stores;
  private final Clock clock;
  private final Relationships relationships;
  private final Screening screening;
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud conversations;
  private final Crud conversationsNewest;
  private final Crud messages;

  public MessagingRoutes(Stores stores, Clock clock, Relationships relationships, Screening screening) {
    this.stores = stores;
    this.clock = clock;
    this.relationships = relationships;
    this.screening = screening;
    this.conversations = Crud.of(CONVERSATIONS, stores, clock);
    this.conversationsNewest = Crud.of(CONVERSATIONS_NEWEST, stores, clock);
    this.messages = Crud.of(MESSAGES, stores, clock);
  }

  @Override
  public List<Resource> resources() {
    return List.of(CONVERSATIONS, PARTICIPANTS, MESSAGES);
  }

  @Override
  public List<ModeratedContent> moderatedContent() {
    return List.of(new DeletedWhenRejected(CONTENT_TYPE, MESSAGES, stores));
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(MessagingEndpoints.CREATE, this::create);
    routes.on(MessagingEndpoints.CONVERSATIONS_LIST, this::conversationsOf);
    routes.on(MessagingEndpoints.SEND, this::send);
    routes.on(MessagingEndpoints.MESSAGES, this::messagesOf);
    routes.on(MessagingEndpoints.READ, this::markRead);
    routes.on(MessagingEndpoints.ADD_PARTICIPANT, this::addParticipant);
    routes.on(MessagingEndpoints.ADMIN_STATS, this::stats);
    routes.on(MessagingEndpoints.ADMIN_CONVERSATIONS, this::adminConversations);
    routes.on(MessagingEndpoints.ADMIN_MESSAGES, this::adminMessages);
    routes.on(MessagingEndpoints.ADMIN_DELETE_MESSAGE, this::adminDeleteMessage);
  }

  // ---------------------------------------------------------------- conversations (25.4 #2-#4)

  private ApiResponse create(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String projectId = caller.projectId();
    Payload body = Payload.of(request, Set.of("type", "name", "participant_ids", "metadata"));
    String type = body.oneOf("type", DIRECT, DIRECT, GROUP);
    JsonValue name = body.text("name", MessagingTables.MAX_NAME, false);
    JsonValue metadata = body.object("metadata");
    List<String> named = body.userIds("participant_ids");
    body.throwIfAny();
    Set<String> others = new LinkedHashSet<>(named);
    others.remove(me);
    if (DIRECT.equals(type) && others.size() != 1) {
      throw Payload.single("participant_ids", "a direct conversation has exactly one participant besides the caller");
    }
    if (GROUP.equals(type) && others.isEmpty()) {
      throw Payload.single("participant_ids", "a group conversation needs at least one participant besides the caller");
    }
    if (others.size() > MessagingTables.MAX_PARTICIPANTS - 1) {
      throw Payload.single("participant_ids", "at most " + (MessagingTables.MAX_PARTICIPANTS - 1)
          + " participants besides the caller");
    }
    Map<String, UserRow> found = stores.db().read(c -> stores.users().inProject(c, projectId, others));
    List<String> missing = others.stream().filter(id -> !found.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      JsonArrayBuilder ids = JsonIo.array();
      missing.forEach(ids::add);
      throw new ApiException(404, "user_not_found", "no user with these ids in the project",
          JsonIo.object().add("missing_user_ids", ids).build());
    }
    for (String other : others) {
      if (relationships.blocked(projectId, me, other)) {
        throw blocked();
      }
    }
    if (DIRECT.equals(type)) {
      String other = others.iterator().next();
      String pair = MessagingTables.pair(me, other);
      boolean[] made = new boolean[1];
      Row row = locks.transaction(stores.db(), c -> {
        Optional<Row> existing = CONVERSATIONS.listWhere(c, Scope.project(projectId),
            CONVERSATIONS.where().eq("pair", pair)).stream().findFirst();
        if (existing.isPresent()) {
          return existing.get();
        }
        made[0] = true;
        return open(c, projectId, DIRECT, name, metadata, pair, List.of(me, other));
      }, projectId, "pair", pair);
      JsonObject view = stores.db().read(c -> views(c, projectId, me, List.of(row)).get(0));
      return made[0] ? ApiResponse.created(view) : ApiResponse.ok(view);
    }
    List<String> everyone = new ArrayList<>();
    everyone.add(me);
    everyone.addAll(others);
    Row row = stores.db().transaction(c -> open(c, projectId, GROUP, name, metadata, null, everyone));
    return ApiResponse.created(stores.db().read(c -> views(c, projectId, me, List.of(row)).get(0)));
  }

  /** A new conversation and its participants, the caller first. */
  private Row open(Connection c, String projectId, String type, JsonValue name, JsonValue metadata, String pair,
      List<String> participants) throws SQLException {
    Instant now = clock.instant();
    Values values = CONVERSATIONS.values()
        .set("type", Json.createValue(type))
        .set("name", name)
        .set("metadata", metadata)
        .set("pair", pair == null ? JsonValue.NULL : Json.createValue(pair))
        .set("last_seq", Json.createValue(0L));
    Row row = CONVERSATIONS.insert(c, Scope.project(projectId), values, now);
    for (String userId : participants) {
      join(c, row, userId, now);
    }
    return row;
  }

  private Row join(Connection c, Row conversation, String userId, Instant now) throws SQLException {
    Values values = PARTICIPANTS.values()
        .set("conversation_id", Json.createValue(conversation.id()))
        .set("app_user_id", Json.createValue(userId))
        .set("joined_at", Resource.stamp(now))
        .set("last_read_at", JsonValue.NULL)
        .set("last_read_seq", Json.createValue(0L));
    return PARTICIPANTS.insert(c, Scope.project(conversation.projectId()), values, now);
  }

  /** The caller's conversations, the most recently active first. */
  private ApiResponse conversationsOf(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Scope project = Scope.project(caller.projectId());
    return conversations.offsetList(request, CLIENT_CONVERSATIONS_PAGE, MAX_PAGE, (c, limit, offset) -> {
      List<String> mine = new ArrayList<>();
      for (Row p : PARTICIPANTS.listWhere(c, project, PARTICIPANTS.where().eq("app_user_id", me))) {
        mine.add(p.string("conversation_id"));
      }
      return CONVERSATIONS.pageWhere(c, project, CONVERSATIONS.where().idIn(mine), limit, offset);
    }, (c, rows) -> views(c, caller.projectId(), me, rows));
  }

  // ---------------------------------------------------------------- messages (25.4 #1, #5-#7)

  private ApiResponse send(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String projectId = caller.projectId();
    String id = conversationId(request);
    Payload body = Payload.of(request, Set.of("body", "message_type", "metadata"));
    JsonValue text = body.text("body", MessagingTables.MAX_BODY, true);
    String type = body.oneOf("message_type", "text", "text", "image", "system");
    JsonValue metadata = body.object("metadata");
    body.throwIfAny();
    Row seen = stores.db().read(c -> participating(c, projectId, id, me));
    if (DIRECT.equals(seen.string("type")) && relationships.blocked(projectId, me, otherOf(seen, me))) {
      throw blocked();
    }
    Row message = locks.transaction(stores.db(), c -> {
      Row conversation = participating(c, projectId, id, me);
      long seq = conversation.bigint("last_seq") + 1;
      Instant now = clock.instant();
      Values values = MESSAGES.values()
          .set("conversation_id", Json.createValue(id))
          .set("sender_id", Json.createValue(me))
          .set("body", text)
          .set("message_type", Json.createValue(type))
          .set("metadata", metadata)
          .set(Resource.CREATED_AT, Resource.stamp(now))
          .set("seq", Json.createValue(seq));
      Row written = MESSAGES.insert(c, Scope.project(projectId), values, now);
      CONVERSATIONS.update(c, conversation, CONVERSATIONS.values().set("last_seq", Json.createValue(seq))
          .set("last_message_at", Resource.stamp(now)), now);
      screening.screen(c, projectId, me, CONTENT_TYPE, written.id(), List.of(((JsonString) text).getString()));
      return written;
    }, projectId, id);
    return ApiResponse.created(MESSAGES.json(message));
  }

  /** A conversation's messages for a participant, newest first. */
  private ApiResponse messagesOf(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String id = conversationId(request);
    stores.db().read(c -> participating(c, caller.projectId(), id, me));
    Scope project = Scope.project(caller.projectId());
    return messages.offsetList(request, CLIENT_MESSAGES_PAGE, MAX_PAGE, (c, limit, offset) -> MESSAGES.pageWhere(c,
        project, MESSAGES.where().eq("conversation_id", UUID.fromString(id)), limit, offset));
  }

  /** The caller has read every message sent so far: the marker moves to the conversation's newest. */
  private ApiResponse markRead(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String projectId = caller.projectId();
    String id = conversationId(request);
    stores.db().read(c -> participating(c, projectId, id, me));
    Row marked = locks.transaction(stores.db(), c -> {
      Row conversation = participating(c, projectId, id, me);
      Row participant = participantRow(c, projectId, id, me).orElseThrow(MessagingRoutes::notAParticipant);
      return PARTICIPANTS.update(c, participant, PARTICIPANTS.values()
          .set("last_read_at", Resource.stamp(clock.instant()))
          .set("last_read_seq", Json.createValue(conversation.bigint("last_seq"))), clock.instant());
    }, projectId, id);
    return ApiResponse.ok(PARTICIPANTS.json(marked));
  }

  private ApiResponse addParticipant(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    String projectId = caller.projectId();
    String id = conversationId(request);
    Payload body = Payload.of(request, Set.of("user_id"));
    String userId = body.userId("user_id");
    body.throwIfAny();
    Row seen = stores.db().read(c -> participating(c, projectId, id, me));
    if (DIRECT.equals(seen.string("type"))) {
      throw Payload.single("user_id", "a direct conversation keeps its two participants");
    }
    stores.users().findInProject(projectId, userId)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"));
    if (!userId.equals(me) && relationships.blocked(projectId, me, userId)) {
      throw blocked();
    }
    boolean[] made = new boolean[1];
    Row participant = locks.transaction(stores.db(), c -> {
      Row conversation = participating(c, projectId, id, me);
      Optional<Row> existing = participantRow(c, projectId, id, userId);
      if (existing.isPresent()) {
        return existing.get();
      }
      long count = PARTICIPANTS.pageWhere(c, Scope.project(projectId),
          PARTICIPANTS.where().eq("conversation_id", UUID.fromString(id)), 1, 0).total();
      if (count >= MessagingTables.MAX_PARTICIPANTS) {
        throw new ApiException(409, "conversation_full",
            "the conversation has " + MessagingTables.MAX_PARTICIPANTS + " participants");
      }
      made[0] = true;
      return join(c, conversation, userId, clock.instant());
    }, projectId, id);
    JsonObject json = PARTICIPANTS.json(participant);
    return made[0] ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  // ---------------------------------------------------------------- admin (25.2)

  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    Instant since = clock.instant().minus(Duration.ofHours(24));
    record Counts(long conversations, long messages, long active) {}
    Counts counts = stores.db().read(c -> new Counts(
        CONVERSATIONS.page(c, project, 1, 0).total(),
        MESSAGES.page(c, project, 1, 0).total(),
        CONVERSATIONS.pageWhere(c, project, CONVERSATIONS.where().atLeast("last_message_at", Times.toSql(since)), 1, 0)
            .total()));
    return ApiResponse.ok(JsonIo.object()
        .add("total_conversations", counts.conversations())
        .add("total_messages", counts.messages())
        .add("active_conversations_24h", counts.active())
        .build());
  }

  private ApiResponse adminConversations(ApiRequest request, Caller caller) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    return conversationsNewest.offsetList(request, ADMIN_PAGE, MAX_PAGE,
        (c, limit, offset) -> CONVERSATIONS_NEWEST.page(c, project, limit, offset),
        (c, rows) -> views(c, caller.projectId(), null, rows));
  }

  private ApiResponse adminMessages(ApiRequest request, Caller caller) throws SQLException {
    String id = conversationId(request);
    Scope project = Scope.project(caller.projectId());
    stores.db().read(c -> CONVERSATIONS.requireById(c, project, id));
    return messages.offsetList(request, ADMIN_PAGE, MAX_PAGE, (c, limit, offset) -> MESSAGES_OLDEST.pageWhere(c,
        project, MESSAGES_OLDEST.where().eq("conversation_id", UUID.fromString(id)), limit, offset));
  }

  private ApiResponse adminDeleteMessage(ApiRequest request, Caller caller) throws SQLException {
    String id = request.pathParam("messageId");
    Scope project = Scope.project(caller.projectId());
    Row removed = stores.db().transaction(c -> {
      Row message = MESSAGES.requireById(c, project, id);
      MESSAGES.delete(c, message);
      return message;
    });
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- views (25.3)

  /**
   * ConversationView: the conversation with its participants as users show themselves, its newest
   * message and the reader's unread count ({@code reader} null for an admin: 0).
   */
  private List<JsonObject> views(Connection c, String projectId, String reader, List<Row> rows) throws SQLException {
    Scope project = Scope.project(projectId);
    List<JsonObject> out = new ArrayList<>(rows.size());
    for (Row conversation : rows) {
      UUID id = UUID.fromString(conversation.id());
      List<Row> participants = PARTICIPANTS.listWhere(c, project, PARTICIPANTS.where().eq("conversation_id", id));
      List<String> userIds = participants.stream().map(p -> p.string("app_user_id")).toList();
      Map<String, UserRow> users = stores.users().inProject(c, projectId, userIds);
      JsonArrayBuilder members = JsonIo.array();
      long readUpTo = 0;
      for (Row p : participants) {
        UserRow u = users.get(p.string("app_user_id"));
        members.add(JsonIo.object()
            .add("app_user_id", p.string("app_user_id"))
            .add("display_name", JsonIo.string(u == null ? null : u.displayName()))
            .add("avatar_url", JsonIo.string(u == null ? null : u.avatarUrl()))
            .add("joined_at", p.get("joined_at"))
            .add("last_read_at", p.get("last_read_at")));
        if (p.string("app_user_id").equals(reader)) {
          readUpTo = p.bigint("last_read_seq");
        }
      }
      List<Row> newest = MESSAGES.pageWhere(c, project, MESSAGES.where().eq("conversation_id", id), 1, 0).items();
      long unread = 0;
      if (reader != null) {
        Resource.Where after = MESSAGES.where().eq("conversation_id", id).atLeast("seq", readUpTo + 1);
        unread = MESSAGES.pageWhere(c, project, after, 1, 0).total()
            - MESSAGES.pageWhere(c, project, after.eq("sender_id", reader), 1, 0).total();
      }
      JsonObjectBuilder view = CONVERSATIONS.jsonBuilder(conversation)
          .add("conversation_participants", members)
          .add("last_message", newest.isEmpty() ? JsonValue.NULL : MESSAGES.json(newest.get(0)))
          .add("unread_count", unread);
      out.add(view.build());
    }
    return out;
  }

  // ---------------------------------------------------------------- 25.4 #1

  /** The path's conversation id; 400 {@code invalid_conversation_id} unless it is a UUID. */
  private static String conversationId(ApiRequest request) {
    String id = request.pathParam("conversationId");
    if (id == null || !UUID_SHAPED.matcher(id).matches()) {
      throw ApiException.badRequest("invalid_conversation_id", "the conversation id must be a UUID");
    }
    return id;
  }

  /**
   * The conversation, when {@code me} is one of its participants: 404 {@code conversation_not_found}
   * when the project has no such conversation, 403 {@code not_a_participant} when the user is not in it.
   */
  private static Row participating(Connection c, String projectId, String id, String me) throws SQLException {
    Row conversation = CONVERSATIONS.requireById(c, Scope.project(projectId), id);
    if (participantRow(c, projectId, id, me).isEmpty()) {
      throw notAParticipant();
    }
    return conversation;
  }

  private static Optional<Row> participantRow(Connection c, String projectId, String id, String userId)
      throws SQLException {
    return PARTICIPANTS.listWhere(c, Scope.project(projectId), PARTICIPANTS.where()
        .eq("conversation_id", UUID.fromString(id)).eq("app_user_id", userId)).stream().findFirst();
  }

  /** The other user of a direct conversation, from its pair. */
  private static String otherOf(Row direct, String me) {
    String[] users = direct.string("pair").split(" ");
    return users[0].equals(me) ? users[1] : users[0];
  }

  private static ApiException notAParticipant() {
    return ApiException.forbidden("not_a_participant", "the user is not a participant of this conversation");
  }

  private static ApiException blocked() {
    return ApiException.forbidden("blocked", "the two users are a blocked pair");
  }
}
