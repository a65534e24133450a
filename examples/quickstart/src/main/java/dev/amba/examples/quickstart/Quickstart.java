package dev.amba.examples.quickstart;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.auth.AuthSession;
import dev.amba.events.TrackResult;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.users.AppUser;
import dev.amba.users.ProfileUpdate;
import java.util.Map;

/**
 * The smallest amba-java program: configure a client, create a user, act for it, read it back.
 * With {@code AMBA_*} variables set it talks to that project; without them it starts the local
 * emulator, so it runs with no account and no network.
 */
public final class Quickstart {

  public static void main(String[] args) {
    boolean useEnvironment = System.getenv(AmbaConfig.ENV_PROJECT_ID) != null;
    AmbaEmulator emulator = useEnvironment ? null : AmbaEmulator.builder().quiet(true).start();
    try (AmbaClient amba = useEnvironment ? AmbaClient.fromEnvironment() : AmbaClient.configure(emulator.config())) {
      System.out.println("amba-java " + AmbaClient.SDK_VERSION + " -> " + amba.settings().apiUrl()
          + (useEnvironment ? " (from AMBA_* variables)" : " (embedded emulator; set AMBA_* variables to use your project)"));
      System.out.println("health: " + (amba.health().isReady() ? "ready" : "not ready"));

      // A server provisions a user with the client key, then acts for it with the server key.
      AuthSession session = amba.auth().signInAnonymously();
      String uid = session.user().id();
      System.out.println("created user " + uid);

      AmbaUser user = amba.asUser(uid);
      TrackResult tracked = user.events().track("quickstart_completed", Map.of("language", "java", "step", 1));
      System.out.println("tracked " + tracked.tracked() + " event as " + uid);

      AppUser updated = user.users().update(ProfileUpdate.create().displayName("Quickstart User").timezone("Europe/Paris"));
      System.out.println("profile now: displayName=" + updated.displayName() + ", timezone=" + updated.timezone());

      AppUser seenByAdmin = amba.users().get(uid);
      System.out.println("admin view: id=" + seenByAdmin.id() + ", displayName=" + seenByAdmin.displayName()
          + ", createdAt=" + seenByAdmin.createdAt());
      System.out.println("done");
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }
}
