package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.collections.Where;
import dev.amba.collections.Query;
import dev.amba.events.EventCountQuery;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.users.UserQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, smaller finding: a value the SDK puts into a URL path that is {@code .} or {@code ..}
 * (which URL resolution turns into another route) or holds an unpaired UTF-16 surrogate (which UTF-8
 * encoding turns into {@code ?}: another key, silently) is refused before sending, naming the
 * argument; so is such a surrogate in a query value or a JSON body.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class PathAndTextArgumentsWireTest {

  private static final String LONE_HIGH = "a\uD800b";
  private static final String LONE_LOW = "\uDC00";

  private static void refused(AmbaEmulator emulator, ThrowingCallable call, String... named) {
    emulator.clearRecordedRequests();
    assertThatThrownBy(call).isInstanceOfSatisfying(IllegalArgumentException.class,
        e -> assertThat(e.getMessage()).contains(named));
    assertThat(emulator.recordedRequests()).as("nothing is sent").isEmpty();
  }

  @Test
  void dotSegments_areRefusedNamingTheArgument(AmbaEmulator emulator, AmbaClient amba) {
    for (String dots : new String[] {".", ".."}) {
      refused(emulator, () -> amba.config().entry(dots), "key", "'.' or '..'");
      refused(emulator, () -> amba.config().delete(dots), "key");
      refused(emulator, () -> amba.users().get(dots), "userId");
      refused(emulator, () -> amba.push().campaigns().get(dots), "campaignId");
      refused(emulator, () -> amba.push().campaigns().delete(dots), "campaignId");
      refused(emulator, () -> amba.asUser("u_1").storage().get(dots), "assetId");
    }
  }

  @Test
  void unpairedSurrogatesInPathSegments_areRefusedNamingTheArgument(AmbaEmulator emulator, AmbaClient amba) {
    for (String lone : new String[] {LONE_HIGH, LONE_LOW}) {
      refused(emulator, () -> amba.config().entry(lone), "key", "unpaired UTF-16 surrogate");
      refused(emulator, () -> amba.push().campaigns().get(lone), "campaignId", "surrogate");
      refused(emulator, () -> amba.asUser("u_1").storage().delete(lone), "assetId", "surrogate");
    }
    // A well-formed pair is one character, and goes through.
    emulator.clearRecordedRequests();
    assertThatThrownBy(() -> amba.config().entry("emoji\uD83D\uDE00"))
        .isNotInstanceOf(IllegalArgumentException.class);
    assertThat(emulator.recordedRequests()).hasSize(1);
  }

  @Test
  void unpairedSurrogatesInQueryValues_areRefusedNamingTheParameter(AmbaEmulator emulator, AmbaClient amba) {
    refused(emulator, () -> amba.users().list(UserQuery.search(LONE_HIGH)), "search", "surrogate");
    refused(emulator, () -> amba.events().count(EventCountQuery.since(Instant.now().minus(Duration.ofHours(1)))
        .segmentId("seg" + LONE_LOW)), "segment_id", "surrogate");
    refused(emulator, () -> amba.events().count(EventCountQuery.since(Instant.now().minus(Duration.ofHours(1)))
        .property("plan", LONE_HIGH)), "\"plan\"", "surrogate");
    refused(emulator, () -> amba.asUser("u_1").collection("notes").find(Query.where(Where.eq("title", LONE_HIGH))),
        "surrogate");
  }

  @Test
  void unpairedSurrogatesInJsonBodies_areRefusedNamingTheField(AmbaEmulator emulator, AmbaClient amba) {
    refused(emulator, () -> amba.asUser("u_1").collection("notes").insert(Map.of("title", LONE_HIGH)), "title",
        "surrogate");
    refused(emulator, () -> amba.asUser("u_1").events().track("opened", Map.of("screen", Map.of("name", LONE_LOW))),
        "properties.screen.name", "surrogate");
  }
}
