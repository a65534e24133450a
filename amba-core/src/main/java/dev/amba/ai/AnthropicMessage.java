package dev.amba.ai;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Anthropic's Message, as the proxy returns it unchanged.
 *
 * @param id the message's id, as Anthropic made it
 * @param type {@code message}
 * @param role {@code assistant}
 * @param content the content blocks; text blocks carry {@link ContentBlock#text()}
 * @param model the model that answered
 * @param stopReason why generation stopped, e.g. {@link #END_TURN} or {@link #MAX_TOKENS}; a string,
 *     since providers add reasons
 * @param stopSequence the stop sequence that ended the answer, if one did
 * @param usage the tokens the call used
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

  /** The model finished its answer. */
  public static final String END_TURN = "end_turn";
  /** The answer reached the token limit and was cut. */
  public static final String MAX_TOKENS = "max_tokens";
  /** The answer reached one of the prompt's stop sequences. */
  public static final String STOP_SEQUENCE = "stop_sequence";
  /** The model asked to use a tool. */
  public static final String TOOL_USE = "tool_use";

  /**
   * A message; {@code content} is copied, and null reads as empty.
   *
   * @param id the message's id
   * @param type {@code message}
   * @param role {@code assistant}
   * @param content the content blocks, or null
   * @param model the model that answered
   * @param stopReason why generation stopped
   * @param stopSequence the stop sequence hit, or null
   * @param usage the tokens used
   */
  public AnthropicMessage {
    content = content == null ? List.of() : List.copyOf(content);
  }

  /**
   * One block of the answer; {@code type} is {@code text} for text, and other types carry no text.
   *
   * @param type the block's kind, such as {@code text}
   * @param text the block's text, or null for a block of another kind
   */
  public record ContentBlock(String type, String text) {}

  /**
   * Token counts, as billed.
   *
   * @param inputTokens the prompt's tokens
   * @param outputTokens the answer's tokens
   * @param cacheCreationInputTokens input tokens written to the prompt cache, when caching was on
   * @param cacheReadInputTokens input tokens read from the prompt cache
   */
  public record Usage(long inputTokens, long outputTokens, Long cacheCreationInputTokens, Long cacheReadInputTokens) {}

  /**
   * The text blocks joined together: the answer for a plain prompt.
   *
   * @return the text of every text block, in order; empty when there is none
   */
  public String text() {
    return content.stream().filter(b -> "text".equals(b.type()) && b.text() != null)
        .map(ContentBlock::text).collect(Collectors.joining());
  }
}
