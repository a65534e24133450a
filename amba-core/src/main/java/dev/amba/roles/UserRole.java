package dev.amba.roles;

import java.time.Instant;

/**
 * One role given to one user (32.3).
 *
 * @param id the assignment's id; a revoke answers it
 * @param appUserId the id of the user given the role
 * @param roleId the id of the role given
 * @param assignedAt when it was given
 * @param assignedBy {@code admin} for assignments made through {@link ProjectRoles#assign}
 */
public record UserRole(String id, String appUserId, String roleId, Instant assignedAt, String assignedBy) {}
