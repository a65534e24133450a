package dev.amba.messaging;

import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.messaging.MessagingArguments;
import dev.amba.internal.util.FieldMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A conversation to open. The acting user is always one of its participants and is not named
 * here. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * ConversationView dm = amba.asUser(ada).messaging().createConversation(NewConversation.direct(bob));
 * ConversationView team = amba.asUser(ada).messaging()
 *     .createConversation(NewConversation.group(bob, cy).name("Raid night"));
 * }</pre>
 */
public final class NewConversation {

  static {
    WireForms.register(NewConversation.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewConversation(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * The direct conversation of the acting user and {@code userId}: there is one per pair, so
   * creating it again answers the one that exists.
   *
   * @param userId the other user, 1..255 characters; not the acting user
   * @return the conversation to open
   * @throws IllegalArgumentException when {@code userId} is null or not a well-formed user id
   */
  public static NewConversation direct(String userId) {
    UserIds.check(userId, "userId");
    return new NewConversation(FieldMap.empty().with("type", ConversationType.DIRECT.value())
        .with("participant_ids", List.of(userId)));
  }

  /**
   * A new group conversation of the acting user and {@code userIds} (repeats dropped, the acting
   * user's own id ignored by the service).
   *
   * @param userIds 1 to 99 other users, each a well-formed user id
   * @return the conversation to open, without a name
   * @throws NullPointerException when {@code userIds} is null
   * @throws IllegalArgumentException when it names nobody, more than 99 users, or an ill-formed id
   */
  public static NewConversation group(Collection<String> userIds) {
    return new NewConversation(FieldMap.empty().with("type", ConversationType.GROUP.value())
        .with("participant_ids", MessagingArguments.participants(userIds)));
  }

  /**
   * As {@link #group(Collection)}.
   *
   * @param userIds 1 to 99 other users, each a well-formed user id
   * @return the conversation to open, without a name
   * @throws IllegalArgumentException when it names nobody, more than 99 users, or an ill-formed id
   */
  public static NewConversation group(String... userIds) {
    return group(Arrays.asList(userIds));
  }

  /**
   * Names the conversation.
   *
   * @param name what the app calls it: 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public NewConversation name(String name) {
    return new NewConversation(fields.with("name", MessagingArguments.name(name)));
  }

  /**
   * The app's own data about it: JSON values (strings, numbers, booleans, null, and maps with string
   * keys, lists and arrays of them). Copied, so later changes to the caller's map are not sent.
   *
   * @param metadata the data, not null
   * @return a copy with the metadata set
   * @throws NullPointerException when {@code metadata} is null
   * @throws IllegalArgumentException when a value is not a JSON value, naming where
   */
  public NewConversation metadata(Map<String, ?> metadata) {
    return new NewConversation(fields.with("metadata", MessagingArguments.metadata(metadata)));
  }

  /**
   * The kind of conversation to open.
   *
   * @return {@link ConversationType#DIRECT} or {@link ConversationType#GROUP}
   */
  public ConversationType type() {
    return new ConversationType((String) fields.get("type"));
  }

  /**
   * The users named besides the acting user.
   *
   * @return their ids, repeats dropped, in the order given
   */
  @SuppressWarnings("unchecked")
  public List<String> userIds() {
    return (List<String>) fields.get("participant_ids");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewConversation n && n.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
