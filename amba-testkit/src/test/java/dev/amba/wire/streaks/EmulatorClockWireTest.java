package dev.amba.wire.streaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakStatus;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M3's {@code POST /_emulator/clock}: what a standalone emulator's user calls to carry a streak
 * across days without waiting. The emulator here runs on a test clock that never moves by itself,
 * so every change of time below is the route's doing.
 */
class EmulatorClockWireTest {
  private static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

  private AmbaEmulator emulator;
  private AmbaClient amba;
  private String uid;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    emulator = AmbaEmulator.builder().clock(new ManualClock(MONDAY_NOON)).quiet(true).start();
    EmulatorProject project = emulator.defaultProject();
    amba = AmbaClient.configure(emulator.config());
    uid = emulator.createUser(project);
    amba.streaks().create(NewStreak.of("daily_play", "Daily play", "game.played"));
  }

  @AfterEach
  void stop() {
    amba.close();
    emulator.close();
  }

  private HttpResponse<String> moveClock(String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/_emulator/clock"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject body(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void advancingADay_letsAStreakGrow_andAGap_breaksIt() throws Exception {
    amba.asUser(uid).streaks().qualify("daily_play");

    HttpResponse<String> moved = moveClock("{\"advance_seconds\":86400}");
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(body(moved).getJsonObject("data").getString("now")).isEqualTo("2026-03-03T12:00:00Z");
    assertThat(amba.asUser(uid).streaks().qualify("daily_play").streak().currentCount()).isEqualTo(2);

    assertThat(moveClock("{\"now\":\"2026-03-06T09:00:00Z\"}").statusCode()).isEqualTo(200);
    assertThat(amba.asUser(uid).streaks().list().get(0).status()).isEqualTo(StreakStatus.BROKEN);
  }

  @Test
  void theClockNeverRunsBack_andABadBodyIsRefusedWhole() throws Exception {
    HttpResponse<String> back = moveClock("{\"now\":\"2026-03-01T00:00:00Z\"}");
    assertThat(back.statusCode()).isEqualTo(400);
    assertThat(body(back).getJsonObject("error").getString("code")).isEqualTo("clock_backwards");

    HttpResponse<String> bad = moveClock("{\"advance_seconds\":-5,\"now\":\"soon\",\"speed\":2}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(body(bad).getJsonObject("error").getString("code")).isEqualTo("invalid_input");
    assertThat(body(bad).getJsonObject("error").getJsonObject("details").getJsonArray("fields")).hasSize(4);

    HttpResponse<String> unchanged = moveClock("{}");
    assertThat(body(unchanged).getJsonObject("data").getString("now")).isEqualTo("2026-03-02T12:00:00Z");
  }
}
