package dev.amba.ai;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Anthropic's Message, as the proxy returns it unchanged.
 *
 * @param type {@code message}
 * @param role {@code assistant}
 * @param content the content blocks; text blocks carry {@link ContentBlock#text()}
 * @param stopReason why generation stopped, e.g. {@link #END_TURN} or {@link #MAX_TOKENS}; a string,
 *     since providers add reasons
 * @param stopSequence the stop sequence that ended the answer, if one did
 */
public record AnthropicMessage(
    String id,
    String type,
    String role,
    List<ContentBlock> content,
    String model,
    String stopReason,
    String stopSequence,
    Usage usage) {

  public static final String END_TURN = "end_turn";
  public static final String MAX_TOKENS = "max_tokens";
  public static final String STOP_SEQUENCE = "stop_sequence";
  public static final String TOOL_USE = "tool_use";

  public AnthropicMessage {
    content = content == null ? List.of() : List.copyOf(content);
  }

  /** One block of the answer; {@code type} is {@code text} for text, and other types carry no text. */
  public record ContentBlock(String type, String text) {}

  /**
   * Token counts, as billed.
   *
   * @param cacheCreationInputTokens input tokens written to the prompt cache, when caching was on
   * @param cacheReadInputTokens input tokens read from the prompt cache
   */
  public record Usage(long inputTokens, long outputTokens, Long cacheCreationInputTokens, Long cacheReadInputTokens) {}

  /** The text blocks joined together: the answer for a plain prompt. */
  public String text() {
    return content.stream().filter(b -> "text".equals(b.type()) && b.text() != null)
        .map(ContentBlock::text).collect(Collectors.joining());
  }
}
