package dev.amba.moderation;

import dev.amba.internal.WireForms;
import dev.amba.internal.moderation.ModerationArguments;
import dev.amba.internal.util.FieldMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a rule to change; only those set are sent. A rule's type never changes: new
 * keywords fit a keyword filter only, a new pattern a regex rule only (else 400 {@code invalid_rule}).
 * Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.moderation().updateRule(ruleId, ModerationRuleUpdate.create().active(false));
 * }</pre>
 */
public final class ModerationRuleUpdate {

  static {
    WireForms.register(ModerationRuleUpdate.class, u -> u.fields.asMap());
  }

  private final FieldMap fields;

  private ModerationRuleUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static ModerationRuleUpdate create() {
    return new ModerationRuleUpdate(FieldMap.empty());
  }

  /**
   * Renames the rule.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public ModerationRuleUpdate name(String name) {
    return new ModerationRuleUpdate(fields.with("name", ModerationArguments.name(name)));
  }

  /**
   * A keyword filter's new words, replacing the old ones.
   *
   * @param keywords 1 to 100 keywords, each 1..64 characters; copied
   * @return a copy with the keywords set
   * @throws NullPointerException when {@code keywords} is null
   * @throws IllegalArgumentException when there are none or more than 100, or one is null, blank or
   *     too long
   */
  public ModerationRuleUpdate keywords(List<String> keywords) {
    return new ModerationRuleUpdate(fields.with("config", Map.of("keywords", ModerationArguments.keywords(keywords))));
  }

  /**
   * A regex rule's new pattern.
   *
   * @param pattern a Java regular expression that compiles, 1..512 characters
   * @return a copy with the pattern set
   * @throws IllegalArgumentException when {@code pattern} is null, blank, too long or does not compile
   */
  public ModerationRuleUpdate pattern(String pattern) {
    return new ModerationRuleUpdate(fields.with("config", Map.of("pattern", ModerationArguments.pattern(pattern))));
  }

  /**
   * Stops or starts the rule's screening.
   *
   * @param active false keeps the rule but stops it screening; true starts it again
   * @return a copy with the flag set
   */
  public ModerationRuleUpdate active(boolean active) {
    return new ModerationRuleUpdate(fields.with("is_active", active));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModerationRuleUpdate u && u.fields.equals(fields);
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
