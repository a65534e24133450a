package dev.amba.ai;

/** Admin side of the AI proxy (server key): the prompts callers use by slug. */
public interface ProjectAi {

  Prompts prompts();

  /** Prompt management. */
  interface Prompts {
    /** Saves a prompt under its slug as a new version and returns that version. */
    AiPrompt upsert(PromptDefinition prompt);
  }
}
