package dev.amba.moderation;

import dev.amba.internal.WireForms;
import dev.amba.internal.moderation.ModerationArguments;
import dev.amba.internal.util.FieldMap;
import java.util.List;
import java.util.Map;

/**
 * A screening rule to create, active unless {@link #active(boolean)} says otherwise. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * amba.moderation().createRule(NewModerationRule.keywords("slurs", List.of("badword", "worse")));
 * amba.moderation().createRule(NewModerationRule.pattern("links", "https?://"));
 * amba.moderation().createRule(NewModerationRule.autoApproveTrusted("trusted pass"));
 * }</pre>
 */
public final class NewModerationRule {

  static {
    WireForms.register(NewModerationRule.class, r -> r.fields.asMap());
  }

  private final FieldMap fields;

  private NewModerationRule(FieldMap fields) {
    this.fields = fields;
  }

  /** Matches text holding one of {@code keywords} as a whole word, in any case. */
  public static NewModerationRule keywords(String name, List<String> keywords) {
    return of(name, ModerationRuleType.KEYWORD_FILTER,
        Map.of("keywords", ModerationArguments.keywords(keywords)));
  }

  /** Matches text in which {@code pattern}, a Java regex, finds a match. */
  public static NewModerationRule pattern(String name, String pattern) {
    return of(name, ModerationRuleType.REGEX, Map.of("pattern", ModerationArguments.pattern(pattern)));
  }

  /** Lets trusted authors, moderators and users set to auto-approve skip the other rules. */
  public static NewModerationRule autoApproveTrusted(String name) {
    return of(name, ModerationRuleType.AUTO_APPROVE_TRUSTED, Map.of());
  }

  private static NewModerationRule of(String name, ModerationRuleType type, Map<String, Object> config) {
    return new NewModerationRule(FieldMap.empty()
        .with("name", ModerationArguments.name(name))
        .with("rule_type", type.value())
        .with("config", config));
  }

  /** False creates the rule switched off. */
  public NewModerationRule active(boolean active) {
    return new NewModerationRule(fields.with("is_active", active));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewModerationRule r && r.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
