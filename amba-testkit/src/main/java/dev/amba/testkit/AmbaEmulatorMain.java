package dev.amba.testkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone until the process is stopped:
 * {@code java -jar amba-testkit.jar --port 8787 --data-dir ./amba-data}. Prints the API URL, the
 * project id, both keys and the developer PAT, which is what a developer needs to configure an app against it.
 */
public final class AmbaEmulatorMain {
  private static final int DEFAULT_PORT = 8787;

  private AmbaEmulatorMain() {}

  /**
   * Starts the emulator and blocks until the process is stopped, then closes it.
   *
   * @param args {@code --port N} (8787 by default, 0 for a free port), {@code --data-dir DIR} (in memory
   *     when absent), or {@code --help}
   * @throws InterruptedException if the main thread is interrupted while the emulator runs
   */
  public static void main(String[] args) throws InterruptedException {
    int port = DEFAULT_PORT;
    Path dataDir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port":
          port = parsePort(value(args, ++i, "--port"));
          break;
        case "--data-dir":
          dataDir = Path.of(value(args, ++i, "--data-dir"));
          break;
        case "-h":
        case "--help":
          System.out.println(usage());
          return;
        default:
          fail("unknown option " + args[i]);
      }
    }

    AmbaEmulator.Builder builder = AmbaEmulator.builder().port(port).quiet(true);
    if (dataDir != null) {
      builder.dataDirectory(dataDir);
    }
    AmbaEmulator emulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // Closing flushes a file database, so the next start finds everything.
      emulator.close();
      stopped.countDown();
    }, "amba-emulator-shutdown"));

    EmulatorProject project = emulator.defaultProject();
    System.out.println("Amba emulator listening on " + emulator.apiUrl());
    System.out.println("  data:       " + (dataDir == null ? "in memory (gone when stopped)"
        : dataDir.toAbsolutePath()));
    System.out.println("  project id: " + project.projectId());
    System.out.println("  client key: " + project.clientKey());
    System.out.println("  server key: " + project.serverKey());
    System.out.println("  PAT:        " + project.pat() + " (email and experiments admin)");
    System.out.println();
    System.out.println("  AMBA_API_URL=" + emulator.apiUrl() + " AMBA_PROJECT_ID=" + project.projectId()
        + " AMBA_CLIENT_KEY=" + project.clientKey() + " AMBA_SERVER_KEY=" + project.serverKey()
        + " AMBA_PAT=" + project.pat());
    System.out.println("Stop with Ctrl+C.");
    stopped.await();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      fail(option + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // Reported below with the usage text.
    }
    fail("--port needs a number from 0 to 65535, not " + text);
    return -1;
  }

  private static void fail(String message) {
    System.err.println(message);
    System.err.println(usage());
    System.exit(2);
  }

  private static String usage() {
    return "usage: AmbaEmulatorMain [--port N (default " + DEFAULT_PORT + ", 0 = any free port)]"
        + " [--data-dir PATH (keep data across restarts)]";
  }
}
