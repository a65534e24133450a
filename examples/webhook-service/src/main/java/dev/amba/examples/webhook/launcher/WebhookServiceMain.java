package dev.amba.examples.webhook.launcher;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the webhook service on an embedded Tomcat 10.1, against the embedded Amba emulator unless
 * {@code AMBA_*} variables point at a real project, and prints its URLs and curl commands. With
 * {@code --demo} it walks through every endpoint over HTTP, prints each step, and exits 0 only if
 * all passed.
 *
 * <pre>
 * ./mvnw -q -pl examples/webhook-service -am package -DskipTests -Dserve
 * ./mvnw -q -pl examples/webhook-service -am package -DskipTests -Ddemo
 * </pre>
 */
public final class WebhookServiceMain {

  private static final int DEFAULT_PORT = 8080;

  // Held strongly: the log manager keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger TOMCAT_LEAK_DETECTOR =
      Logger.getLogger("org.apache.catalina.loader.WebappClassLoaderBase");

  private WebhookServiceMain() {}

  public static void main(String[] args) {
    boolean demo = false;
    Integer port = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "" -> {
          // Maven passes an empty argument when no mode is chosen.
        }
        case "-h", "--help" -> {
          System.out.println("usage: WebhookServiceMain [--demo] [--port N]   (serves the exploded WAR named by"
              + " -Dwebhook.webapp)");
          return;
        }
        default -> {
          System.err.println("unknown option " + args[i] + "; try --help");
          System.exit(2);
        }
      }
    }
    System.exit(run(demo, port == null ? (demo ? 0 : DEFAULT_PORT) : port));
  }

  private static int run(boolean demo, int port) {
    Path webapp = Path.of(System.getProperty("webhook.webapp", "examples/webhook-service/target/webhook-service"));
    if (!Files.isRegularFile(webapp.resolve("WEB-INF/web.xml"))) {
      System.err.println("No webapp at " + webapp.toAbsolutePath() + "; build it first:\n"
          + "  ./mvnw -q -pl examples/webhook-service -am package -DskipTests");
      return 1;
    }
    quietLogging();

    Map<String, String> env = System.getenv();
    boolean realAmba = env.keySet().stream().anyMatch(k -> k.startsWith("AMBA_"));
    AmbaEmulator emulator = null;
    String ambaDescription;
    if (realAmba) {
      // MicroProfile Config maps AMBA_PROJECT_ID to amba.project-id, so the app reads them as they are.
      ambaDescription = env.getOrDefault("AMBA_API_URL", "https://api.amba.dev") + " (from the AMBA_* variables)";
    } else {
      emulator = AmbaEmulator.builder().quiet(true).start();
      EmulatorProject project = emulator.defaultProject();
      // The webapp reads MicroProfile Config, whose system-property source sits above the environment.
      System.setProperty("amba.project-id", project.projectId());
      System.setProperty("amba.client-key", project.clientKey());
      System.setProperty("amba.server-key", project.serverKey());
      System.setProperty("amba.api-url", emulator.apiUrl());
      ambaDescription = emulator.apiUrl() + " (the embedded emulator, project " + project.projectId() + ")";
    }
    // Development secrets made for this run unless given; a real deployment sets both.
    String webhookSecret = env.getOrDefault("WEBHOOK_SECRET", "whsec_" + randomHex());
    String jobsToken = env.getOrDefault("JOBS_TOKEN", "jobs_" + randomHex());
    System.setProperty("webhook.secret", webhookSecret);
    System.setProperty("jobs.token", jobsToken);

    EmbeddedTomcat tomcat;
    try {
      tomcat = EmbeddedTomcat.start(webapp, port);
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      if (emulator != null) {
        emulator.close();
      }
      return 1;
    }
    String base = "http://127.0.0.1:" + tomcat.port();
    AmbaEmulator ownedEmulator = emulator;
    Runnable stop = () -> {
      tomcat.close();
      if (ownedEmulator != null) {
        ownedEmulator.close();
      }
    };

    boolean secretsGiven = env.containsKey("WEBHOOK_SECRET");
    boolean tokenGiven = env.containsKey("JOBS_TOKEN");
    System.out.println();
    System.out.println("Amba webhook service on " + base + "/api (Tomcat 10.1 with Weld, RESTEasy, SmallRye Config)");
    System.out.println("  Amba API:       " + ambaDescription);
    // Secrets of the caller's own stay unprinted; the ones made for this run are shown for curl.
    System.out.println("  webhook secret: " + (secretsGiven ? "from WEBHOOK_SECRET" : webhookSecret + " (made for this run)"));
    System.out.println("  jobs token:     " + (tokenGiven ? "from JOBS_TOKEN" : jobsToken + " (made for this run)"));
    System.out.println();

    if (demo) {
      boolean passed;
      try {
        passed = new Walkthrough(base, webhookSecret, jobsToken, System.out).run();
      } finally {
        stop.run();
      }
      return passed ? 0 : 1;
    }
    System.out.println(CurlGuide.text(base, secretsGiven ? "$WEBHOOK_SECRET" : webhookSecret,
        tokenGiven ? "$JOBS_TOKEN" : jobsToken));
    System.out.println("Stop with Ctrl-C.");
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "webhook-service-shutdown"));
    tomcat.await();
    return 0;
  }

  private static String randomHex() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The containers' INFO chatter would bury the walkthrough; warnings and errors still show. */
  private static void quietLogging() {
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    for (var handler : root.getHandlers()) {
      handler.setLevel(Level.WARNING);
      // RESTEasy registers its built-in providers twice under Tomcat's class loader and says so once
      // per provider; the second registration is ignored, so the warning carries nothing to act on.
      handler.setFilter(r -> r.getMessage() == null || !r.getMessage().contains("RESTEASY002155"));
    }
    // At shutdown Tomcat's leak detector names the JDK HttpClient's selector thread, which Java 17
    // offers no way to stop before the client is collected, and asks for --add-opens flags.
    TOMCAT_LEAK_DETECTOR.setLevel(Level.SEVERE);
  }
}
