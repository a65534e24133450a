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

  /**
   * Matches text holding one of {@code keywords} as a whole word, in any case.
   *
   * @param name what admins call the rule, 1..128 characters, not blank
   * @param keywords 1 to 100 keywords, each 1..64 characters; copied
   * @return the rule, active
   * @throws NullPointerException when {@code keywords} is null
   * @throws IllegalArgumentException when the name or a keyword breaks its rule, or there are no
   *     keywords or more than 100
   */
  public static NewModerationRule keywords(String name, List<String> keywords) {
    return of(name, ModerationRuleType.KEYWORD_FILTER,
        Map.of("keywords", ModerationArguments.keywords(keywords)));
  }

  /**
   * Matches text in which {@code pattern}, a Java regex, finds a match.
   *
   * @param name what admins call the rule, 1..128 characters, not blank
   * @param pattern a Java regular expression that compiles, 1..512 characters
   * @return the rule, active
   * @throws IllegalArgumentException when the name breaks its rule or the pattern is too long or does
   *     not compile
   */
  public static NewModerationRule pattern(String name, String pattern) {
    return of(name, ModerationRuleType.REGEX, Map.of("pattern", ModerationArguments.pattern(pattern)));
  }

  /**
   * Lets trusted authors, moderators and users set to auto-approve skip the other rules.
   *
   * @param name what admins call the rule, 1..128 characters, not blank
   * @return the rule, active
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewModerationRule autoApproveTrusted(String name) {
    return of(name, ModerationRuleType.AUTO_APPROVE_TRUSTED, Map.of());
  }

  private static NewModerationRule of(String name, ModerationRuleType type, Map<String, Object> config) {
    return new NewModerationRule(FieldMap.empty()
        .with("name", ModerationArguments.name(name))
        .with("rule_type", type.value())
        .with("config", config));
  }

  /**
   * Creates the rule switched on or off.
   *
   * @param active false creates the rule switched off; true (the default) screening at once
   * @return a copy with the flag set
   */
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
