package dev.amba.internal.ai;

import dev.amba.ai.AiRequest;
import dev.amba.ai.AnthropicMessage;
import dev.amba.ai.ChatCompletion;
import dev.amba.ai.UserAi;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.AiEndpoints;
import dev.amba.internal.endpoint.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The acting user's AI proxy calls. A call is not retried after it may have reached the provider
 * (it would be answered, and billed, twice) unless the caller set an idempotency key.
 */
public final class AiProxy implements UserAi {

  private final UserCalls calls;

  public AiProxy(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Anthropic anthropic() {
    return () -> request -> send(AiEndpoints.ANTHROPIC_MESSAGES, request, AnthropicMessage.class);
  }

  @Override
  public OpenAi openai() {
    return () -> () -> request -> send(AiEndpoints.OPENAI_CHAT_COMPLETIONS, request, ChatCompletion.class);
  }

  private <T> T send(Endpoint endpoint, AiRequest request, Class<T> type) {
    Objects.requireNonNull(request, "request");
    // The provider's object comes back as is, not inside {"data": ...}.
    return calls.call(endpoint).body(wire(request)).unwrapped(type);
  }

  static Map<String, Object> wire(AiRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prompt_slug", request.slug());
    if (!request.variables().isEmpty()) {
      body.put("variables", request.variables());
    }
    request.maxTokens().ifPresent(n -> body.put("max_tokens", n));
    request.temperature().ifPresent(t -> body.put("temperature", t));
    if (request.promptCache() != null) {
      body.put("enable_prompt_cache", request.promptCache());
    }
    return body;
  }
}
