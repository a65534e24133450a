package dev.amba.moderation;

import dev.amba.internal.util.TextArguments;

/**
 * What a moderation rule does (27.3), by its wire value; a type the service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code regex}
 */
public record ModerationRuleType(String value) {

  /** Matches text holding one of its keywords as a whole word, in any case. */
  public static final ModerationRuleType KEYWORD_FILTER = new ModerationRuleType("keyword_filter");
  /** Matches text in which its Java regex finds a match. */
  public static final ModerationRuleType REGEX = new ModerationRuleType("regex");
  /** While active, authors who are trusted or moderators, or set to auto-approve, skip the other rules. */
  public static final ModerationRuleType AUTO_APPROVE_TRUSTED = new ModerationRuleType("auto_approve_trusted");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public ModerationRuleType {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
