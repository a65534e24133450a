package dev.amba.ai;

import java.util.List;

/**
 * OpenAI's ChatCompletion, as the proxy returns it unchanged.
 *
 * @param object {@code chat.completion}
 * @param created when it was made, in Unix seconds
 * @param choices the generated choices; one unless the prompt asks for more
 */
public record ChatCompletion(
    String id,
    String object,
    long created,
    String model,
    List<Choice> choices,
    Usage usage) {

  public ChatCompletion {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * One choice.
   *
   * @param finishReason e.g. {@code stop}, {@code length}; a string, since providers add reasons
   */
  public record Choice(int index, Message message, String finishReason) {}

  /** A chat message; {@code role} is {@code assistant} in an answer. */
  public record Message(String role, String content) {}

  /** Token counts, as billed. */
  public record Usage(long promptTokens, long completionTokens, long totalTokens) {}

  /** The first choice's content: the answer for a plain prompt; empty when there is none. */
  public String text() {
    if (choices.isEmpty() || choices.get(0).message() == null || choices.get(0).message().content() == null) {
      return "";
    }
    return choices.get(0).message().content();
  }
}
