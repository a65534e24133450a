package dev.amba.wire.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.OffsetPage;
import dev.amba.push.CampaignStats;
import dev.amba.push.CampaignStatus;
import dev.amba.push.CampaignUpdate;
import dev.amba.push.DeliveryMode;
import dev.amba.push.NewCampaign;
import dev.amba.push.Platform;
import dev.amba.push.PushCampaign;
import dev.amba.push.PushCampaigns;
import dev.amba.push.TestPush;
import dev.amba.push.TestPushResult;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.PushDelivery;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admin campaigns over the wire: the status rules, sending, test pushes, and schedules that fire
 * when the emulator's clock (moved by the test, never slept on) passes them. Each test gets its own
 * project, so token counts do not leak between tests.
 */
class PushCampaignsWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-03-10T12:00:00Z"));
  private static AmbaEmulator emulator;

  private EmulatorProject project;
  private AmbaClient amba;
  private PushCampaigns campaigns;

  @BeforeAll
  static void start() {
    emulator = AmbaEmulator.builder().quiet(true).clock(CLOCK).start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void project() {
    project = emulator.createProject();
    amba = AmbaClient.configure(emulator.config(project));
    campaigns = amba.push().campaigns();
  }

  @AfterEach
  void close() {
    amba.close();
  }

  private String userWithToken(Platform platform) {
    String uid = emulator.createUser(project);
    amba.asUser(uid).push().register("tok_" + UUID.randomUUID(), platform,
        platform.needsBundleId() ? "com.example.app" : null);
    return uid;
  }

  private List<PushDelivery> deliveries(String campaignId) {
    return emulator.pushDeliveries().stream().filter(d -> campaignId.equals(d.campaignId())).toList();
  }

  @Test
  void create_makesADraft_thatGetAndListReturn() {
    PushCampaign c = campaigns.create(NewCampaign.of("Sale", "50% off").name("spring").data(Map.of("link", "app://sale")));

    assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
    assertThat(c.deliveryMode()).isEqualTo(DeliveryMode.ABSOLUTE);
    assertThat(c.name()).isEqualTo("spring");
    assertThat(c.data()).containsEntry("link", "app://sale");
    assertThat(c.stats()).isEqualTo(CampaignStats.NONE);
    assertThat(c.scheduledAt()).isNull();
    assertThat(c.sentAt()).isNull();
    assertThat(campaigns.get(c.id())).isEqualTo(c);
    PushCampaign second = campaigns.create(NewCampaign.of("Two", "b"));
    OffsetPage<PushCampaign> page = campaigns.list(0, 1);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(PushCampaign::id).containsExactly(second.id());
    assertThat(campaigns.listAll()).extracting(PushCampaign::id).containsExactly(second.id(), c.id());
  }

  @Test
  void send_recordsOneDeliveryPerActiveToken_andASecondSendIs409() {
    String alice = userWithToken(Platform.APNS);
    userWithToken(Platform.FCM);
    userWithToken(Platform.WEB);
    String id = campaigns.create(NewCampaign.of("Hello", "World").data(Map.of("n", 1))).id();

    PushCampaign sending = campaigns.send(id);

    assertThat(sending.status()).isEqualTo(CampaignStatus.SENDING);
    assertThat(sending.sentAt()).isEqualTo(CLOCK.instant());
    assertThat(sending.stats()).isEqualTo(new CampaignStats(3, 3, 0, 0));
    assertThat(campaigns.get(id).status()).isEqualTo(CampaignStatus.SENT);
    assertThat(deliveries(id)).hasSize(3).allSatisfy(d -> {
      assertThat(d.title()).isEqualTo("Hello");
      assertThat(d.dataJson()).isEqualTo("{\"n\":1}");
    });
    assertThat(deliveries(id)).extracting(PushDelivery::userId).contains(alice);

    assertThatThrownBy(() -> campaigns.send(id))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_sent"));
    assertThatThrownBy(() -> campaigns.update(id, CampaignUpdate.create().title("late")))
        .isInstanceOfSatisfying(AmbaConflictException.class,
            e -> assertThat(e.code()).isEqualTo("campaign_not_editable"));
    assertThatThrownBy(() -> campaigns.delete(id)).isInstanceOf(AmbaConflictException.class);
    assertThat(deliveries(id)).hasSize(3);
  }

  @Test
  void update_andDelete_workOnDrafts() {
    String id = campaigns.create(NewCampaign.of("Old", "body")).id();

    PushCampaign updated = campaigns.update(id, CampaignUpdate.create().title("New").data(Map.of("k", "v")));
    assertThat(updated.title()).isEqualTo("New");
    assertThat(updated.body()).isEqualTo("body");
    assertThat(updated.data()).containsEntry("k", "v");

    campaigns.delete(id);
    assertThatThrownBy(() -> campaigns.get(id)).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> campaigns.send(id)).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void aScheduledCampaign_refusesSend_goesOutWhenTheClockPassesIt_andUnschedulingMakesADraft() {
    userWithToken(Platform.WEB);
    Instant at = CLOCK.instant().plus(Duration.ofHours(2));
    PushCampaign scheduled = campaigns.create(NewCampaign.of("Later", "b").scheduleAt(at));
    assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(scheduled.scheduledAt()).isEqualTo(at);
    assertThatThrownBy(() -> campaigns.send(scheduled.id()))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_scheduled"));

    CLOCK.advance(Duration.ofHours(2));
    PushCampaign sent = campaigns.get(scheduled.id());
    assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
    assertThat(sent.sentAt()).isEqualTo(at);
    assertThat(sent.stats().sent()).isEqualTo(1);

    PushCampaign other = campaigns.create(NewCampaign.of("Maybe", "b").scheduleAt(CLOCK.instant().plusSeconds(60)));
    PushCampaign draft = campaigns.update(other.id(), CampaignUpdate.create().unschedule());
    assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
    assertThat(draft.scheduledAt()).isNull();
    assertThat(campaigns.send(other.id()).stats().sent()).isEqualTo(1);
  }

  @Test
  void aLocalTimeCampaign_reachesEachUserAtTheirOwnNineOClock() {
    String tokyo = userWithToken(Platform.APNS);
    String paris = userWithToken(Platform.APNS);
    amba.asUser(tokyo).users().update(ProfileUpdate.create().timezone("Asia/Tokyo"));
    amba.asUser(paris).users().update(ProfileUpdate.create().timezone("Europe/Paris"));
    // 2030-03-10T12:00Z now; 09:00 on the 11th is 00:00Z in Tokyo, 08:00Z in Paris.
    LocalDate tomorrow = LocalDate.of(2030, 3, 11);
    PushCampaign c = campaigns.create(NewCampaign.of("Morning", "b").scheduleAtLocalTime(tomorrow, LocalTime.of(9, 0)));
    assertThat(c.deliveryMode()).isEqualTo(DeliveryMode.LOCAL_TIME);
    assertThat(c.localDate()).isEqualTo(tomorrow);
    assertThat(c.localTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(c.status()).isEqualTo(CampaignStatus.SCHEDULED);

    CLOCK.advance(Duration.ofHours(13));
    assertThat(campaigns.get(c.id()).status()).isEqualTo(CampaignStatus.SENDING);
    assertThat(deliveries(c.id())).extracting(PushDelivery::userId).containsExactly(tokyo);

    CLOCK.advance(Duration.ofHours(7));
    assertThat(deliveries(c.id())).extracting(PushDelivery::userId).containsExactlyInAnyOrder(tokyo, paris);
    assertThat(campaigns.get(c.id()).status()).isEqualTo(CampaignStatus.SENDING);

    // Done once 09:00 has passed in the last time zone, UTC-12: 21:00Z.
    CLOCK.advance(Duration.ofHours(13));
    PushCampaign done = campaigns.get(c.id());
    assertThat(done.status()).isEqualTo(CampaignStatus.SENT);
    assertThat(done.stats().delivered()).isEqualTo(2);
  }

  @Test
  void schedulesInThePast_orUnreadable_are400() throws Exception {
    assertThatThrownBy(() -> campaigns.create(NewCampaign.of("t", "b").scheduleAt(CLOCK.instant().minusSeconds(1))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class,
            e -> assertThat(e.code()).isEqualTo("scheduled_at_in_past"));
    assertThatThrownBy(() -> campaigns.create(NewCampaign.of("t", "b")
        .scheduleAtLocalTime(LocalDate.of(2030, 3, 9), LocalTime.of(9, 0))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class,
            e -> assertThat(e.code()).isEqualTo("scheduled_at_in_past"));

    for (String body : List.of("{\"title\":\"t\",\"body\":\"b\",\"scheduled_at\":\"next tuesday\"}",
        "{\"title\":\"t\",\"body\":\"b\",\"delivery_mode\":\"local_time\",\"local_date\":\"2031-01-01\"}",
        "{\"title\":\"t\",\"body\":\"b\",\"delivery_mode\":\"local_time\",\"local_date\":\"2031-01-01\","
            + "\"local_time\":\"9am\"}")) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(emulator.apiUrl() + "/v1/admin/projects/" + project.projectId() + "/push/campaigns"))
          .header("Authorization", "Bearer " + project.serverKey())
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(r.body()).as(body).contains("\"code\":\"invalid_scheduled_at\"");
    }
  }

  @Test
  void testPush_goesToTheUsersDevices_andIs422WithoutAny() {
    String uid = userWithToken(Platform.APNS);
    amba.asUser(uid).push().register("tok_" + UUID.randomUUID(), Platform.WEB);
    String tokenless = emulator.createUser(project);

    TestPushResult result = amba.push().sendTest(TestPush.of("Test", "Ping").toUser(uid));

    assertThat(result.sent()).isEqualTo(2);
    assertThat(result.message()).isNotBlank();
    assertThat(emulator.pushDeliveries()).filteredOn(d -> d.projectId().equals(project.projectId()))
        .hasSize(2).allSatisfy(d -> assertThat(d.isTestPush()).isTrue());
    assertThatThrownBy(() -> amba.push().sendTest(TestPush.of("Test", "Ping").toUser(tokenless)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.code()).isEqualTo("no_push_tokens");
        });
    assertThatThrownBy(() -> amba.push().sendTest(TestPush.of("Test", "Ping").toUser("nobody")))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void campaignsOfAnotherProject_areNotFound() {
    String id = campaigns.create(NewCampaign.of("Mine", "b")).id();
    try (AmbaClient stranger = AmbaClient.configure(emulator.config())) {
      assertThatThrownBy(() -> stranger.push().campaigns().get(id)).isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> stranger.push().campaigns().send(id)).isInstanceOf(AmbaNotFoundException.class);
    }
  }
}
