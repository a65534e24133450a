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

  Anthropic anthropic();

  OpenAi openai();

  /** Prompts whose provider is Anthropic. */
  interface Anthropic {
    Messages messages();
  }

  /** The Messages API. */
  interface Messages {
    /**
     * Renders the prompt with the request's variables and returns the model's message.
     *
     * @throws dev.amba.AmbaNotFoundException code {@code prompt_not_found} for an unknown slug
     * @throws dev.amba.AmbaBadRequestException code {@code missing_variable} when a placeholder has no value
     */
    AnthropicMessage create(AiRequest request);
  }

  /** Prompts whose provider is OpenAI. */
  interface OpenAi {
    Chat chat();
  }

  /** The Chat API. */
  interface Chat {
    Completions completions();
  }

  /** Chat Completions. */
  interface Completions {
    /**
     * Renders the prompt with the request's variables and returns the completion.
     *
     * @throws dev.amba.AmbaNotFoundException code {@code prompt_not_found} for an unknown slug
     * @throws dev.amba.AmbaBadRequestException code {@code missing_variable} when a placeholder has no value
     */
    ChatCompletion create(AiRequest request);
  }
}
