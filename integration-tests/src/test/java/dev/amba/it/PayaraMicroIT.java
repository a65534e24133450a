package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
  private static ServerProcess payara;
  private static String api;

  @BeforeAll
  static void deploy(AmbaEmulator emulator) throws Exception {
    Path containers = Path.of(System.getProperty("it.containers", "target/containers"));
    // A fixed place, emptied first: Payara unpacks about 100 MB of runtime into it on every start.
    Path root = ServerProcess.emptied(EmbeddedTomcat.workDirectory().resolve("payara"));
    int port = ServerProcess.freePort();
    EmulatorProject project = emulator.defaultProject();
    ProcessBuilder builder = ServerProcess.builder(List.of(
        Path.of(ServerProcess.javaHome(), "bin", "java").toString(),
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
        "--deploy", containers.resolve("webhook-service.war").toString()));
    payara = new ServerProcess("Payara Micro", builder, root.resolve("console.log"),
        line -> line.contains("Payara Micro") && line.contains("ready in"), line -> false);
    payara.awaitReady(Duration.ofMinutes(3));
    api = "http://127.0.0.1:" + port + "/webhook-service/api";
  }

  @AfterAll
  static void stop() {
    if (payara != null) {
      payara.close();
    }
  }

  @Test
  void exampleWar_onPayara_injectsTheClient_andActsForTheSessionsUser() {
    HttpResponse<String> health = new Http(api).get("/health");
    assertThat(health.statusCode()).as("GET /health: %s\n%s", health.body(), payara.tail()).isEqualTo(200);
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
}
