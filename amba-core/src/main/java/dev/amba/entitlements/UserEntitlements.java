package dev.amba.entitlements;

import java.util.List;

/** The acting user's entitlements. */
public interface UserEntitlements {

  /**
   * Every entitlement the user has or had, active or not.
   *
   * @return the user's entitlements, active and expired or revoked alike; empty when none
   */
  List<Entitlement> list();

  /**
   * Whether the user holds {@code entitlementId} now; one request, like {@link #list()}.
   *
   * @param entitlementId the entitlement's id, such as {@code pro}, compared exactly
   * @return true when the user has that entitlement and it is active; false when it is inactive,
   *     expired or was never granted
   */
  default boolean isActive(String entitlementId) {
    return list().stream().anyMatch(e -> e.isActive() && e.entitlementId().equals(entitlementId));
  }
}
