package dev.amba.referrals;

import dev.amba.internal.referrals.ReferralArguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every referral request value shares: the wire fields in the order they were set, each
 * change a new value of the concrete type, value equality, and the limit on claims.
 */
abstract class ReferralCodeFields<S extends ReferralCodeFields<S>> {

  private final Map<String, Object> fields;

  ReferralCodeFields(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A new value of the concrete type holding {@code changed}. */
  abstract S make(Map<String, Object> changed);

  /**
   * How many claims the code takes, at least 1; a claim past it answers 400
   * {@code max_uses_reached}. Without it, no limit.
   *
   * @param maxUses the most claims, at least 1
   * @return a copy with the limit set
   * @throws IllegalArgumentException if {@code maxUses} is below 1
   */
  public S maxUses(int maxUses) {
    return with("max_uses", ReferralArguments.maxUses(maxUses));
  }

  final S with(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return make(changed);
  }

  /** The wire body, in the order the fields were set. */
  final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ReferralCodeFields<?>) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + fields;
  }
}
