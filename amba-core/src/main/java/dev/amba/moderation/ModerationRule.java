package dev.amba.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A screening rule (27.3), run over each new or edited review and each new message.
 *
 * @param id the rule's id
 * @param name what admins call the rule
 * @param ruleType keyword filter, regex or auto-approve-trusted
 * @param keywords a keyword filter's words; empty for the other types
 * @param pattern a regex rule's pattern; empty for the other types
 * @param isActive whether it screens; an inactive rule is kept but does nothing
 * @param createdAt when the rule was made, by the server's clock
 * @param updatedAt when it last changed, by the server's clock
 */
public record ModerationRule(
    String id,
    String name,
    ModerationRuleType ruleType,
    List<String> keywords,
    Optional<String> pattern,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Checks the type and copies the keywords, so the record is immutable; null reads as empty.
   *
   * @param id the rule's id
   * @param name what admins call it
   * @param ruleType the rule's type, not null
   * @param keywords the keywords, or null for none
   * @param pattern the pattern, or null for none
   * @param isActive whether it screens
   * @param createdAt when it was made
   * @param updatedAt when it last changed
   * @throws NullPointerException when {@code ruleType} is null
   */
  public ModerationRule {
    Objects.requireNonNull(ruleType, "ruleType");
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    pattern = pattern == null ? Optional.empty() : pattern;
  }
}
