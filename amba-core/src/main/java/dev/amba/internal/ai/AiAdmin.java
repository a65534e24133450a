package dev.amba.internal.ai;

import dev.amba.RequestOptions;
import dev.amba.ai.AiPrompt;
import dev.amba.ai.ProjectAi;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.AiEndpoints;
import java.util.Objects;

public final class AiAdmin implements ProjectAi {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  public AiAdmin(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public Prompts prompts() {
    // An upsert adds a version each time, so it is not retried after it may have landed.
    return prompt -> runtime.api.call(AiEndpoints.ADMIN_PROMPTS_UPSERT, options, runtime.config.projectId())
        .body(WireForms.of(Objects.requireNonNull(prompt, "prompt"))).data(AiPrompt.class);
  }
}
