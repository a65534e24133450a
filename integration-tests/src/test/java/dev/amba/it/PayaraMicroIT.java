package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example's Jakarta EE WAR, which carries only the app and the amba jars, on Payara Micro 6:
 * the server's own Weld, Jersey, JSON-B and MicroProfile Config do the rest. One deployment, in a
 * JVM of its own, since Payara Micro is a whole server in one jar.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class PayaraMicroIT {

  private static final String WEBHOOK_SECRET = "whsec_it_" + UUID.randomUUID();
  private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

  private static Process payara;
  private static String api;

  @BeforeAll
  static void deploy(AmbaEmulator emulator) throws Exception {
    Path containers = Path.of(System.getProperty("it.containers", "target/containers"));
    // A fixed place, emptied first: Payara unpacks about 100 MB of runtime into it on every start.
    Path root = EmbeddedTomcat.workDirectory().resolve("payara");
    deleteRecursively(root);
    int port = freePort();
    EmulatorProject project = emulator.defaultProject();
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m",
        "-Damba.project-id=" + project.projectId(),
        "-Damba.client-key=" + project.clientKey(),
        "-Damba.server-key=" + project.serverKey(),
        "-Damba.api-url=" + emulator.apiUrl(),
        "-Dwebhook.secret=" + WEBHOOK_SECRET,
        "-Djobs.token=jobs_" + UUID.randomUUID(),
        "-jar", containers.resolve("payara-micro.jar").toString(),
        // One local instance: no data grid, no cluster discovery, no usage report sent out.
        "--nocluster", "--nohazelcast", "--disablephonehome",
        "--port", Integer.toString(port),
        "--rootdir", root.resolve("root").toString(),
        "--deploy", containers.resolve("webhook-service.war").toString())
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("AMBA_"));
    payara = builder.start();
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          LOG.add(line);
          if (line.contains("Payara Micro") && line.contains("ready in")) {
            ready.complete(true);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        ready.complete(false);
      }
    }, "payara-output");
    reader.setDaemon(true);
    reader.start();

    assertThat(ready.get(180, TimeUnit.SECONDS)).as("Payara Micro started; its log:\n%s", tail()).isTrue();
    api = "http://127.0.0.1:" + port + "/webhook-service/api";
  }

  @AfterAll
  static void stop() throws Exception {
    if (payara != null) {
      payara.destroy();
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
    }
  }

  @Test
  void exampleWar_onPayara_injectsTheClient_andActsForTheSessionsUser() {
    HttpResponse<String> health = new Http(api).get("/health");
    assertThat(health.statusCode()).as("GET /health: %s\n%s", health.body(), tail()).isEqualTo(200);
    assertThat(Http.json(health).getString("amba")).isEqualTo("ok");

    Http browser = new Http(api);
    HttpResponse<String> signUp = browser.post("/signup",
        "{\"email\":\"erin-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct-horse\"}");
    assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
    String uid = Http.json(signUp).getString("uid");

    String body = ProviderSignature.subscriptionActivated("evt_" + UUID.randomUUID(), uid);
    HttpResponse<String> webhook = new Http(api).post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign(WEBHOOK_SECRET, Instant.now(), body));
    assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
    HttpResponse<String> redelivered = new Http(api).post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign(WEBHOOK_SECRET, Instant.now(), body));
    assertThat(Http.json(redelivered).getBoolean("duplicate")).as(redelivered.body()).isTrue();

    // The shop's definitions were made at boot (the server's CDI fired the observer).
    HttpResponse<String> receipt = browser.post("/me/checkout", "{\"item\":\"mug\",\"coupon\":\"WELCOME10\"}");
    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);

    HttpResponse<String> me = browser.get("/me");
    assertThat(Http.json(me).getString("uid")).isEqualTo(uid);
    assertThat(Http.json(me).getString("plan")).isEqualTo("pro");
    assertThat(Http.json(me).getJsonNumber("coins").longValue()).isEqualTo(300 + 100 - 120);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void exampleWar_onPayara_verifiesAmbaSessionsForItsJaxRsResource(AmbaEmulator emulator) {
    ExampleWarSessions.appEndpointActsForTheVerifiedSessionsUser(emulator, api);
  }

  private static String tail() {
    synchronized (LOG) {
      return String.join("\n", LOG.subList(Math.max(0, LOG.size() - 40), LOG.size()));
    }
  }
}
