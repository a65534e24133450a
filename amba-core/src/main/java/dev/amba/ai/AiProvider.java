package dev.amba.ai;

/** The providers a prompt can use: the wire values of {@code provider}. Strings, since Amba may add more. */
public final class AiProvider {

  public static final String ANTHROPIC = "anthropic";
  public static final String OPENAI = "openai";

  private AiProvider() {}
}
