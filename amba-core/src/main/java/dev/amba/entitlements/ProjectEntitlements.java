package dev.amba.entitlements;

/** Admin: entitlements of any user (server key). */
public interface ProjectEntitlements {

  /**
   * Grants (or, with {@link EntitlementGrant#inactive}, revokes) an entitlement for a user and
   * returns it as stored.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no such user
   */
  Entitlement grant(String userId, EntitlementGrant grant);
}
