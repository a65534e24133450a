package dev.amba.ai;

/** The providers a prompt can use: the wire values of {@code provider}. Strings, since Amba may add more. */
public final class AiProvider {

  /** Anthropic's Messages API; calls answer an {@link AnthropicMessage}. */
  public static final String ANTHROPIC = "anthropic";
  /** OpenAI's Chat Completions API; calls answer a {@link ChatCompletion}. */
  public static final String OPENAI = "openai";

  private AiProvider() {}
}
