package dev.amba.testkit;

import java.util.Objects;

/**
 * A project of the emulator and its keys.
 *
 * <p>{@link #toString()} redacts both keys (to {@code amb_dev_ck_****}), so a project can be
 * logged or shown in a test report without copying secrets around.
 */
public record EmulatorProject(String projectId, String clientKey, String serverKey) {

  public EmulatorProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(clientKey, "clientKey");
    Objects.requireNonNull(serverKey, "serverKey");
  }

  @Override
  public String toString() {
    return "EmulatorProject[projectId=" + projectId + ", clientKey=" + redact(clientKey)
        + ", serverKey=" + redact(serverKey) + "]";
  }

  /** Keeps the prefix up to the last underscore, which says what kind of key it is. */
  static String redact(String key) {
    int cut = key.lastIndexOf('_');
    return (cut < 0 ? "" : key.substring(0, cut + 1)) + "****";
  }
}
