package dev.amba.entitlements;

import java.util.List;

/** The acting user's entitlements. */
public interface UserEntitlements {

  /** Every entitlement the user has or had, active or not. */
  List<Entitlement> list();

  /** Whether the user holds {@code entitlementId} now; one request, like {@link #list()}. */
  default boolean isActive(String entitlementId) {
    return list().stream().anyMatch(e -> e.isActive() && e.entitlementId().equals(entitlementId));
  }
}
