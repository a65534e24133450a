package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * The example's Jakarta EE WAR, unchanged, on WildFly 37 ({@code standalone-microprofile.xml}): the
 * server's own Weld, RESTEasy, JSON-B and SmallRye Config, the settings as system properties on
 * {@code standalone.sh}'s command line, the WAR dropped into {@code deployments/}. The distribution
 * stays as unpacked; the server's configuration, data and logs live in a base directory of the
 * test's own under target/.
 */
class WildFlyIT extends ExampleWarOnServer {

  @BeforeAll
  void deploy(AmbaEmulator emulator) throws IOException {
    Path home = Path.of(System.getProperty("it.wildfly.home", "target/servers/wildfly-37.0.1.Final"));
    Path base = ServerProcess.emptied(EmbeddedTomcat.workDirectory().resolve("wildfly"));
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(EmbeddedTomcat.war("webhook-service.war"), deployments.resolve("webhook-service.war"));

    int http = ServerProcess.freePort();
    EmulatorProject project = emulator.defaultProject();
    Map<String, String> properties = Map.of(
        "jboss.server.base.dir", base.toString(),
        "jboss.bind.address", "127.0.0.1",
        "jboss.bind.address.management", "127.0.0.1",
        // Every port the configuration binds at boot, so that no fixed one can be taken already.
        "jboss.http.port", Integer.toString(http),
        "jboss.https.port", Integer.toString(ServerProcess.freePort()),
        "jboss.ajp.port", Integer.toString(ServerProcess.freePort()),
        "jboss.management.http.port", Integer.toString(ServerProcess.freePort()),
        "jboss.management.https.port", Integer.toString(ServerProcess.freePort()),
        // Plain console lines, for the log tail in a failure message.
        "org.jboss.logmanager.nocolor", "true");
    Map<String, String> settings = Map.of(
        "amba.project-id", project.projectId(),
        "amba.client-key", project.clientKey(),
        "amba.server-key", project.serverKey(),
        "amba.api-url", emulator.apiUrl(),
        "webhook.secret", WEBHOOK_SECRET,
        "jobs.token", JOBS_TOKEN);
    List<String> command = Stream.concat(
            Stream.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-microprofile.xml"),
            Stream.concat(properties.entrySet().stream(), settings.entrySet().stream())
                .map(e -> "-D" + e.getKey() + "=" + e.getValue()))
        .toList();
    ProcessBuilder builder = ServerProcess.builder(command);
    builder.environment().put("JAVA_HOME", ServerProcess.javaHome());
    builder.environment().put("JBOSS_HOME", home.toString());
    // WFLYSRV0025: "started in"; WFLYSRV0026: "started (with errors)", e.g. a failed deployment.
    server = new ServerProcess("WildFly", builder, base.resolve("console.log"),
        line -> line.contains("WFLYSRV0025"), line -> line.contains("WFLYSRV0026"));
    server.awaitReady(Duration.ofMinutes(4));
    assertThat(deployments.resolve("webhook-service.war.deployed"))
        .as("the scanner deployed the WAR; WildFly's log:\n%s", server.tail()).exists();
    api = "http://127.0.0.1:" + http + "/webhook-service/api";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
