package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** The AI proxy for a user, and the project's prompts. */
public final class AiEndpoints {

  private AiEndpoints() {}

  static final Declarations AREA = new Declarations();

  /** X: Amba documents the body and answer of the AI proxy, not its paths. */
  public static final Endpoint ANTHROPIC_MESSAGES = AREA.declare("ai.anthropic.messages", "POST",
      CLIENT + "/ai/anthropic/messages", ACTING_USER, NEVER, Shape.RAW);
  /** X, like {@link #ANTHROPIC_MESSAGES}. */
  public static final Endpoint OPENAI_CHAT_COMPLETIONS = AREA.declare("ai.openai.chat.completions", "POST",
      CLIENT + "/ai/openai/chat/completions", ACTING_USER, NEVER, Shape.RAW);

  public static final Endpoint ADMIN_PROMPTS_UPSERT =
      AREA.declare("admin.ai.prompts.upsert", "POST", ADMIN + "/ai/prompts", SERVER_KEY, NEVER, Shape.ITEM);
}
