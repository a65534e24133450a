package dev.amba.internal.ai;

import dev.amba.ai.AiPrompt;
import dev.amba.ai.ProjectAi;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.AiEndpoints;
import java.util.Objects;

public final class AiAdmin implements ProjectAi {

  private final ProjectCalls calls;

  public AiAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Prompts prompts() {
    // An upsert adds a version each time, so it is not retried after it may have landed.
    return prompt -> calls.call(AiEndpoints.ADMIN_PROMPTS_UPSERT)
        .body(WireForms.of(Objects.requireNonNull(prompt, "prompt"))).data(AiPrompt.class);
  }
}
