package dev.amba.internal;

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
    return prompt -> runtime.api.call("POST", Routes.adminAiPrompts(runtime.config.projectId()), Scope.ADMIN, options)
        .body(Objects.requireNonNull(prompt, "prompt").fields()).data(AiPrompt.class);
  }
}
