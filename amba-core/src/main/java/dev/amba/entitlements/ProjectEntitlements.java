package dev.amba.entitlements;

/** Admin: entitlements of any user (server key). */
public interface ProjectEntitlements {

  /**
   * Grants (or, with {@link EntitlementGrant#inactive}, revokes) an entitlement for a user and
   * returns it as stored.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param grant what to grant or revoke, built with {@link EntitlementGrant#active} or {@link
   *     EntitlementGrant#inactive}
   * @return the entitlement as stored, with its purchase date and whether it is active now
   * @throws IllegalArgumentException if {@code userId} breaks its rule, before anything is sent
   * @throws NullPointerException if {@code grant} is null
   * @throws dev.amba.AmbaNotFoundException when the project has no such user
   */
  Entitlement grant(String userId, EntitlementGrant grant);
}
