package dev.amba.it;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;

/**
 * The example's Jakarta EE WAR, unchanged, on Open Liberty 26 with src/test/liberty/server.xml
 * (servlet, CDI, JAX-RS, JSON-B and MicroProfile Config features only), the settings as
 * {@code AMBA_*} environment variables, as a container would pass them. The runtime stays as
 * unpacked; the server lives in a user directory ({@code WLP_USER_DIR}) of the test's own.
 */
class OpenLibertyIT extends ExampleWarOnServer {

  private static final String SERVER = "webhook";
  // Any Liberty error message (CWWK...E), e.g. CWWKZ0002E for an application that failed to start
  // or CWWKF0001E for a feature the runtime does not have.
  private static final Pattern ERROR = Pattern.compile("\\bCWWK[A-Z]\\d{4}E\\b");

  @BeforeAll
  void deploy(AmbaEmulator emulator) throws IOException {
    Path home = Path.of(System.getProperty("it.liberty.home", "target/servers/wlp"));
    Path config = Path.of(System.getProperty("it.liberty.config", "src/test/liberty"));
    Path usr = ServerProcess.emptied(EmbeddedTomcat.workDirectory().resolve("liberty"));
    Path serverDir = Files.createDirectories(usr.resolve("servers").resolve(SERVER));
    Files.copy(config.resolve("server.xml"), serverDir.resolve("server.xml"));
    int http = ServerProcess.freePort();
    Files.writeString(serverDir.resolve("bootstrap.properties"),
        "http.port=" + http + "\n"
            + "app.location=" + EmbeddedTomcat.war("webhook-service.war").toAbsolutePath() + "\n"
            // INFO on the console too (AUDIT by default), for CWWKO0219I and a fuller log tail.
            + "com.ibm.ws.logging.console.log.level=INFO\n");
    Files.writeString(serverDir.resolve("jvm.options"), "-Xmx512m\n");

    EmulatorProject project = emulator.defaultProject();
    ProcessBuilder builder = ServerProcess.builder(List.of(home.resolve("bin/server").toString(), "run", SERVER));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("WLP_") || k.equals("JVM_ARGS"));
    env.put("JAVA_HOME", ServerProcess.javaHome());
    env.put("WLP_USER_DIR", usr.toString());
    env.put("AMBA_PROJECT_ID", project.projectId());
    env.put("AMBA_CLIENT_KEY", project.clientKey());
    env.put("AMBA_SERVER_KEY", project.serverKey());
    env.put("AMBA_API_URL", emulator.apiUrl());
    env.put("WEBHOOK_SECRET", WEBHOOK_SECRET);
    env.put("JOBS_TOKEN", JOBS_TOKEN);
    // Ready once both have happened, in either order: the application has started (CWWKZ0001I)
    // and the HTTP endpoint listens (CWWKO0219I), which can come a moment later.
    Set<String> seen = ConcurrentHashMap.newKeySet();
    server = new ServerProcess("Open Liberty", builder, usr.resolve("console.log"), line -> {
      if (line.contains("CWWKO0219I")) {
        seen.add("listening");
      }
      if (line.contains("CWWKZ0001I")) {
        seen.add("started");
      }
      return seen.size() == 2;
    }, line -> ERROR.matcher(line).find());
    server.awaitReady(Duration.ofMinutes(4));
    api = "http://127.0.0.1:" + http + "/webhook-service/api";
  }
}