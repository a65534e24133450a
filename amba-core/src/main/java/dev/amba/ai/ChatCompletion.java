package dev.amba.ai;

import java.util.List;

/**
 * OpenAI's ChatCompletion, as the proxy returns it unchanged.
 *
 * @param id the completion's id, as OpenAI made it
 * @param object {@code chat.completion}
 * @param created when it was made, in Unix seconds
 * @param model the model that answered
 * @param choices the generated choices; one unless the prompt asks for more
 * @param usage the tokens the call used
 */
public record ChatCompletion(
    String id,
    String object,
    long created,
    String model,
    List<Choice> choices,
    Usage usage) {

  /**
   * A completion; {@code choices} is copied, and null reads as empty.
   *
   * @param id the completion's id
   * @param object {@code chat.completion}
   * @param created when it was made, in Unix seconds
   * @param model the model that answered
   * @param choices the choices, or null
   * @param usage the tokens used
   */
  public ChatCompletion {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * One choice.
   *
   * @param index the choice's place among the choices, from 0
   * @param message the generated message
   * @param finishReason e.g. {@code stop}, {@code length}; a string, since providers add reasons
   */
  public record Choice(int index, Message message, String finishReason) {}

  /**
   * A chat message; {@code role} is {@code assistant} in an answer.
   *
   * @param role who wrote it, such as {@code assistant}
   * @param content the message's text
   */
  public record Message(String role, String content) {}

  /**
   * Token counts, as billed.
   *
   * @param promptTokens the prompt's tokens
   * @param completionTokens the answer's tokens
   * @param totalTokens both together
   */
  public record Usage(long promptTokens, long completionTokens, long totalTokens) {}

  /**
   * The first choice's content: the answer for a plain prompt; empty when there is none.
   *
   * @return the first choice's message text, or an empty string
   */
  public String text() {
    if (choices.isEmpty() || choices.get(0).message() == null || choices.get(0).message().content() == null) {
      return "";
    }
    return choices.get(0).message().content();
  }
}
