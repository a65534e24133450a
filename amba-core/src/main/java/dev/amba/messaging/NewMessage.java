package dev.amba.messaging;

import dev.amba.internal.WireForms;
import dev.amba.internal.messaging.MessagingArguments;
import dev.amba.internal.util.FieldMap;
import java.util.Map;

/**
 * A message to send: text unless another type is set, without metadata unless set. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * user.messaging().sendMessage(conversationId, NewMessage.of("https://img/cat.png").type(MessageType.IMAGE));
 * }</pre>
 */
public final class NewMessage {

  static {
    WireForms.register(NewMessage.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewMessage(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A text message without metadata.
   *
   * @param body 1..4,000 characters, not blank
   * @return the message to send
   * @throws IllegalArgumentException when {@code body} is null, blank or longer than 4,000 characters
   */
  public static NewMessage of(String body) {
    return new NewMessage(FieldMap.empty().with("body", MessagingArguments.body(body)));
  }

  /**
   * Sets how an app shows the message.
   *
   * @param type {@link MessageType#TEXT} (the default), {@link MessageType#IMAGE} or
   *     {@link MessageType#SYSTEM}
   * @return a copy with the type set
   * @throws NullPointerException when {@code type} is null
   * @throws IllegalArgumentException for a type the service does not accept
   */
  public NewMessage type(MessageType type) {
    return new NewMessage(fields.with("message_type", MessagingArguments.type(type).value()));
  }

  /**
   * The app's own data about the message: JSON values (strings, numbers, booleans, null, and maps
   * with string keys, lists and arrays of them). Copied, so later changes to the caller's map are not
   * sent.
   *
   * @param metadata the data, not null
   * @return a copy with the metadata set
   * @throws NullPointerException when {@code metadata} is null
   * @throws IllegalArgumentException when a value is not a JSON value, naming where
   */
  public NewMessage metadata(Map<String, ?> metadata) {
    return new NewMessage(fields.with("metadata", MessagingArguments.metadata(metadata)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewMessage n && n.fields.equals(fields);
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
