package dev.amba.it.quarkus;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the emulator before Quarkus reads its configuration and hands Quarkus the settings of two
 * projects: the default client's and the tenant acme's, with one user in each (test.*-user).
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

  private AmbaEmulator emulator;

  @Override
  public Map<String, String> start() {
    emulator = AmbaEmulator.builder().quiet(true).start();
    EmulatorProject main = emulator.defaultProject();
    EmulatorProject acme = emulator.createProject();
    Map<String, String> settings = new HashMap<>();
    settings.put("amba.api-url", emulator.apiUrl());
    put(settings, "amba.", main);
    put(settings, "amba.clients.acme.", acme);
    settings.put("test.default-user", emulator.createUser(main));
    settings.put("test.acme-user", emulator.createUser(acme));
    return settings;
  }

  private static void put(Map<String, String> settings, String prefix, EmulatorProject project) {
    settings.put(prefix + "project-id", project.projectId());
    settings.put(prefix + "client-key", project.clientKey());
    settings.put(prefix + "server-key", project.serverKey());
  }

  @Override
  public void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }
}
