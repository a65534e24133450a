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

  /**
   * A user's new trust level, leaving the auto-approve flag as it is (false on a new row).
   *
   * @param userId the user, 1..255 characters
   * @param level {@link TrustLevel#NEW}, {@link TrustLevel#TRUSTED} or {@link TrustLevel#MODERATOR}
   * @return the setting, ready for {@link ProjectModeration#setTrust}
   * @throws NullPointerException when {@code level} is null
   * @throws IllegalArgumentException when {@code level} is another level or {@code userId} is not a
   *     well-formed user id
   */
  public static TrustSetting of(String userId, TrustLevel level) {
    Objects.requireNonNull(level, "level");
    if (!KNOWN.contains(level)) {
      throw new IllegalArgumentException("level must be new, trusted or moderator, got " + level);
    }
    return new TrustSetting(FieldMap.empty().with("app_user_id", UserIds.check(userId, "userId"))
        .with("trust_level", level.value()));
  }

  /**
   * Whether the user's content skips the screening rules whatever its level; left out, a new row
   * says false.
   *
   * @param autoApprove true to let the user's content skip the rules
   * @return a copy with the flag set
   */
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
