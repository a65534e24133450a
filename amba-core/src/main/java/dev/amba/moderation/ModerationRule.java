package dev.amba.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A screening rule (27.3), run over each new or edited review and each new message.
 *
 * @param keywords a keyword filter's words; empty for the other types
 * @param pattern a regex rule's pattern; empty for the other types
 * @param isActive whether it screens; an inactive rule is kept but does nothing
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

  public ModerationRule {
    Objects.requireNonNull(ruleType, "ruleType");
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    pattern = pattern == null ? Optional.empty() : pattern;
  }
}
