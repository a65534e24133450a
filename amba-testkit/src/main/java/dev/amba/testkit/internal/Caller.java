package dev.amba.testkit.internal;

import dev.amba.testkit.EmulatorProject;

/**
 * The outcome of authentication: the project the call acts in (null for public routes) and the
 * acting user (null when the route does not act for a user), and the expiry of the end-user session
 * the request was authenticated by (null for any other credential).
 */
public record Caller(EmulatorProject project, String userId, java.time.Instant sessionExpiresAt) {

  public Caller(EmulatorProject project, String userId) {
    this(project, userId, null);
  }

  public String projectId() {
    return project.projectId();
  }

  /** The acting user; only routes declared {@link Access#CLIENT_USER} may rely on it. */
  public String requireUser() {
    if (userId == null) {
      throw new IllegalStateException("route is not declared CLIENT_USER");
    }
    return userId;
  }
}
