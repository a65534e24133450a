package dev.amba.testkit;

import java.util.Objects;

/**
 * A project of the emulator, its keys and its developer PAT.
 *
 * <p>{@link #toString()} redacts the keys and the PAT (to {@code amb_dev_ck_****}), so a project
 * can be logged or shown in a test report without copying secrets around.
 *
 * @param pat the developer PAT: what the email and experiments admin routes take instead of the
 *     server key (amba-api-modules.md M1), set with {@code AmbaConfig.Builder.pat(...)}
 */
public record EmulatorProject(String projectId, String clientKey, String serverKey, String pat) {

  /**
   * Checks that every part is present.
   *
   * @param projectId the project's id
   * @param clientKey the client key, for user calls
   * @param serverKey the server key, for admin calls and {@code asUser}
   * @param pat the developer PAT, for the email and experiments admin routes
   * @throws NullPointerException if any part is null
   */
  public EmulatorProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(clientKey, "clientKey");
    Objects.requireNonNull(serverKey, "serverKey");
    Objects.requireNonNull(pat, "pat");
  }

  @Override
  public String toString() {
    return "EmulatorProject[projectId=" + projectId + ", clientKey=" + redact(clientKey)
        + ", serverKey=" + redact(serverKey) + ", pat=" + redact(pat) + "]";
  }

  /** Keeps the prefix up to the last underscore, which says what kind of key it is. */
  static String redact(String key) {
    int cut = key.lastIndexOf('_');
    return (cut < 0 ? "" : key.substring(0, cut + 1)) + "****";
  }
}
