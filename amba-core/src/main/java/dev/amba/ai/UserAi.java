package dev.amba.ai;

/**
 * The AI proxy for the acting user: prompts managed in Amba, called by slug, answered in each
 * provider's own shape. Provider keys never leave Amba. Each call records an {@code ai_usage}
 * event for the user.
 *
 * <pre>{@code
 * AnthropicMessage reply = user.ai().anthropic().messages().create(
 *     AiRequest.prompt("support_assistant").variable("user_query", q).maxTokens(1024));
 * }</pre>
 */
public interface UserAi {

  /**
   * The calls of prompts whose provider is Anthropic.
   *
   * @return Anthropic's APIs as the proxy serves them
   */
  Anthropic anthropic();

  /**
   * The calls of prompts whose provider is OpenAI.
   *
   * @return OpenAI's APIs as the proxy serves them
   */
  OpenAi openai();

  /** Prompts whose provider is Anthropic. */
  interface Anthropic {
    /**
     * Anthropic's Messages API.
     *
     * @return the calls that answer an {@link AnthropicMessage}
     */
    Messages messages();
  }

  /** The Messages API. */
  interface Messages {
    /**
     * Renders the prompt with the request's variables and returns the model's message.
     *
     * @param request the prompt's slug, variables and overrides
     * @return Anthropic's message, unchanged
     * @throws NullPointerException if {@code request} is null
     * @throws dev.amba.AmbaNotFoundException code {@code prompt_not_found} for an unknown slug
     * @throws dev.amba.AmbaBadRequestException code {@code missing_variable} when a placeholder has no value
     */
    AnthropicMessage create(AiRequest request);
  }

  /** Prompts whose provider is OpenAI. */
  interface OpenAi {
    /**
     * OpenAI's Chat API.
     *
     * @return the chat calls
     */
    Chat chat();
  }

  /** The Chat API. */
  interface Chat {
    /**
     * Chat Completions.
     *
     * @return the calls that answer a {@link ChatCompletion}
     */
    Completions completions();
  }

  /** Chat Completions. */
  interface Completions {
    /**
     * Renders the prompt with the request's variables and returns the completion.
     *
     * @param request the prompt's slug, variables and overrides
     * @return OpenAI's completion, unchanged
     * @throws NullPointerException if {@code request} is null
     * @throws dev.amba.AmbaNotFoundException code {@code prompt_not_found} for an unknown slug
     * @throws dev.amba.AmbaBadRequestException code {@code missing_variable} when a placeholder has no value
     */
    ChatCompletion create(AiRequest request);
  }
}
