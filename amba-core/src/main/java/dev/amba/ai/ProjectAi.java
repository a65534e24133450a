package dev.amba.ai;

/** Admin side of the AI proxy (server key): the prompts callers use by slug. */
public interface ProjectAi {

  /**
   * The project's prompts.
   *
   * @return the prompt management calls
   */
  Prompts prompts();

  /** Prompt management. */
  interface Prompts {
    /**
     * Saves a prompt under its slug as a new version and returns that version.
     *
     * @param prompt the slug, provider, model, text and defaults
     * @return the saved version, numbered one more than the slug's previous one
     * @throws NullPointerException if {@code prompt} is null
     */
    AiPrompt upsert(PromptDefinition prompt);
  }
}
