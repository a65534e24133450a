package dev.amba.moderation;

import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import java.util.Objects;

/**
 * A user's trust level to set (an upsert: the user's one row is made or changed). Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * amba.moderation().setTrust(TrustSetting.of(uid, TrustLevel.TRUSTED));
 * }</pre>
 */
public final class TrustSetting {

  static {
    WireForms.register(TrustSetting.class, t -> t.fields.asMap());
  }

  private static final java.util.Set<TrustLevel> KNOWN =
      java.util.Set.of(TrustLevel.NEW, TrustLevel.TRUSTED, TrustLevel.MODERATOR);

  private final FieldMap fields;

  private TrustSetting(FieldMap fields) {
    this.fields = fields;
  }

  public static TrustSetting of(String userId, TrustLevel level) {
    Objects.requireNonNull(level, "level");
    if (!KNOWN.contains(level)) {
      throw new IllegalArgumentException("level must be new, trusted or moderator, got " + level);
    }
    return new TrustSetting(FieldMap.empty().with("app_user_id", UserIds.check(userId, "userId"))
        .with("trust_level", level.value()));
  }

  /** Whether the user's content skips the screening rules whatever its level; left out, a new row says false. */
  public TrustSetting autoApprove(boolean autoApprove) {
    return new TrustSetting(fields.with("auto_approve", autoApprove));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrustSetting t && t.fields.equals(fields);
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
