package dev.amba.wire.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.push.CampaignStatus;
import dev.amba.push.Platform;
import dev.amba.push.PushCampaign;
import dev.amba.push.ScheduledPush;
import dev.amba.push.TestPush;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.PushDelivery;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The push rows of the protocol's revision 2 (amba-api.md section 7): the test route under
 * {@code campaigns}, and one user's scheduled push. The emulator and the SDK share a clock the test
 * moves, so a schedule is passed without sleeping; each test has a project of its own.
 */
class PushRevision2WireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-05-01T12:00:00Z"));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static AmbaEmulator emulator;

  private EmulatorProject project;
  private AmbaClient amba;

  @BeforeAll
  static void start() {
    emulator = AmbaEmulator.builder().quiet(true).clock(CLOCK).start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void freshProject() {
    project = emulator.createProject();
    amba = AmbaClient.configure(emulator.config(project).toBuilder().clock(CLOCK).sleeper(d -> { }).build());
    emulator.clearRecordedRequests();
  }

  @AfterEach
  void close() {
    amba.close();
    emulator.faults().reset();
  }

  private AmbaUser newUser() {
    return amba.asUser(emulator.createUser(project));
  }

  private List<RecordedRequest> recorded(String method, String pathPart) {
    return emulator.recordedRequests().stream()
        .filter(r -> r.method().equals(method) && r.pathWithoutQuery().contains(pathPart))
        .collect(Collectors.toList());
  }

  private HttpResponse<String> admin(String method, String rest, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/admin/projects/"
            + project.projectId() + rest))
        .header("Authorization", "Bearer " + project.serverKey());
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String errorCode(HttpResponse<String> answer) {
    return json(answer.body()).getJsonObject("error").getString("code");
  }

  // ---- b. the push test route, and one user's scheduled push

  @Test
  void testPush_goesToCampaignsTest_whichNoCampaignIdCanCapture() throws Exception {
    AmbaUser user = newUser();
    user.push().register("tok-" + UUID.randomUUID(), Platform.WEB);

    assertThat(amba.push().sendTest(TestPush.of("Test", "Ping").toUser(user.uid())).sent()).isEqualTo(1);

    assertThat(recorded("POST", "/push/").stream().map(RecordedRequest::pathWithoutQuery))
        .containsExactly("/v1/admin/projects/" + project.projectId() + "/push/campaigns/test");
    assertThat(emulator.pushDeliveries()).filteredOn(d -> d.projectId().equals(project.projectId()))
        .singleElement().satisfies(d -> assertThat(d.isTestPush()).isTrue());
    // The route of the first revision is gone; "test" is no campaign id on the other methods.
    assertThat(admin("POST", "/push/test", "{\"title\":\"t\",\"body\":\"b\"}").statusCode()).isEqualTo(404);
    assertThatThrownBy(() -> amba.push().campaigns().get("test")).isInstanceOf(AmbaNotFoundException.class);
    assertThat(amba.push().campaigns().listAll()).isEmpty();
  }

  @Test
  void scheduleForUser_makesAScheduledCampaign_thatReachesOnlyThatUsersDevices_whenItsTimeComes() {
    AmbaUser target = newUser();
    AmbaUser bystander = newUser();
    target.push().register("target-phone-" + UUID.randomUUID(), Platform.APNS, "com.example.app");
    target.push().register("target-web-" + UUID.randomUUID(), Platform.WEB);
    bystander.push().register("bystander-" + UUID.randomUUID(), Platform.WEB);
    Instant at = CLOCK.instant().plus(Duration.ofHours(1));

    PushCampaign c = amba.push().scheduleForUser(target.uid(),
        ScheduledPush.of("Your trial ends", "Tomorrow at noon", at).data(Map.of("deep_link", "app://billing")));

    assertThat(recorded("POST", "/push-schedule")).singleElement().satisfies(r -> {
      assertThat(r.pathWithoutQuery())
          .isEqualTo("/v1/admin/projects/" + project.projectId() + "/users/" + target.uid() + "/push-schedule");
      assertThat(json(r.body())).isEqualTo(json("{\"title\":\"Your trial ends\",\"body\":\"Tomorrow at noon\","
          + "\"data\":{\"deep_link\":\"app://billing\"},\"scheduled_at\":\"" + at + "\"}"));
    });
    assertThat(c.status()).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(c.scheduledAt()).isEqualTo(at);
    assertThat(c.segmentId()).isNull();
    assertThat(deliveriesOf(c)).isEmpty();

    CLOCK.advance(Duration.ofHours(1));

    assertThat(amba.push().campaigns().get(c.id()).status()).isEqualTo(CampaignStatus.SENT);
    assertThat(deliveriesOf(c)).hasSize(2).allSatisfy(d -> {
      assertThat(d.userId()).isEqualTo(target.uid());
      assertThat(d.title()).isEqualTo("Your trial ends");
      assertThat(d.deliveredAt()).isEqualTo(at);
    });
    assertThat(amba.push().campaigns().listAll().map(PushCampaign::id)).containsExactly(c.id());
  }

  private List<PushDelivery> deliveriesOf(PushCampaign c) {
    return emulator.pushDeliveries().stream().filter(d -> c.id().equals(d.campaignId())).collect(Collectors.toList());
  }

  @Test
  void scheduleForUser_refusesThePastAndUnknownUsers_andBadArgumentsBeforeSending() throws Exception {
    String uid = emulator.createUser(project);
    assertThatThrownBy(() -> amba.push().scheduleForUser(uid, ScheduledPush.of("t", "b", CLOCK.instant())))
        .isInstanceOfSatisfying(AmbaBadRequestException.class,
            e -> assertThat(e.code()).isEqualTo("scheduled_at_in_past"));
    assertThatThrownBy(() -> amba.push().scheduleForUser("nobody",
        ScheduledPush.of("t", "b", CLOCK.instant().plusSeconds(60))))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
    HttpResponse<String> noTime = admin("POST", "/users/" + uid + "/push-schedule", "{\"title\":\"t\",\"body\":\"b\"}");
    assertThat(noTime.statusCode()).isEqualTo(400);
    assertThat(noTime.body()).contains("scheduled_at");
    assertThat(amba.push().campaigns().listAll()).isEmpty();

    emulator.clearRecordedRequests();
    Instant later = CLOCK.instant().plusSeconds(60);
    assertThatThrownBy(() -> ScheduledPush.of(" ", "b", later)).hasMessageContaining("title");
    assertThatThrownBy(() -> ScheduledPush.of("t", "b", null)).hasMessageContaining("scheduledAt");
    assertThatThrownBy(() -> amba.push().scheduleForUser("a b", ScheduledPush.of("t", "b", later)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    assertThat(emulator.recordedRequests()).isEmpty();
  }
}
