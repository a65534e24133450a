package dev.amba.internal;

import dev.amba.internal.endpoint.Endpoints;
import dev.amba.RequestOptions;
import dev.amba.ai.AiPrompt;
import dev.amba.ai.ProjectAi;
import java.util.Objects;

final class AiAdmin implements ProjectAi {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  AiAdmin(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public Prompts prompts() {
    // An upsert adds a version each time, so it is not retried after it may have landed.
    return prompt -> runtime.api.call(Endpoints.ADMIN_AI_PROMPTS_UPSERT, options, runtime.config.projectId())
        .body(WireForms.of(Objects.requireNonNull(prompt, "prompt"))).data(AiPrompt.class);
  }
}
