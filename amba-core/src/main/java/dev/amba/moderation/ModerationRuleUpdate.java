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

  /** An update that changes nothing yet; sending it empty is refused. */
  public static ModerationRuleUpdate create() {
    return new ModerationRuleUpdate(FieldMap.empty());
  }

  public ModerationRuleUpdate name(String name) {
    return new ModerationRuleUpdate(fields.with("name", ModerationArguments.name(name)));
  }

  /** A keyword filter's new words, replacing the old ones. */
  public ModerationRuleUpdate keywords(List<String> keywords) {
    return new ModerationRuleUpdate(fields.with("config", Map.of("keywords", ModerationArguments.keywords(keywords))));
  }

  /** A regex rule's new pattern. */
  public ModerationRuleUpdate pattern(String pattern) {
    return new ModerationRuleUpdate(fields.with("config", Map.of("pattern", ModerationArguments.pattern(pattern))));
  }

  /** False keeps the rule but stops it screening; true starts it again. */
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
