package dev.amba.wire.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.ai.AiRequest;
import dev.amba.ai.PromptDefinition;
import dev.amba.config.ConfigUpdate;
import dev.amba.config.NewConfigEntry;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.entitlements.PurchaseStore;
import dev.amba.events.Event;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventListQuery;
import dev.amba.events.IngestEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import dev.amba.users.ProfileUpdate;
import dev.amba.users.UserQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code X-SDK-Version: amba-java/<SDK_VERSION>} on every request of every route the events, AI,
 * config, entitlements and user features call; {@code SDK_VERSION} itself is checked against the
 * Maven version in amba-core's own tests.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class SdkVersionHeaderWireTest {

  @Test
  void everyFeatureRoute_carriesTheSdkVersion(AmbaEmulator emulator) {
    EmulatorProject project = emulator.createProject();
    String uid;
    try (AmbaClient amba = AmbaClient.configure(emulator.config(project))) {
      uid = amba.auth().signUpWithEmail("v@example.com", "long enough").user().id();
      amba.auth().signInWithEmail("v@example.com", "long enough");
      amba.auth().signInAnonymously();
      AmbaUser user = amba.asUser(uid);
      user.users().me();
      user.users().update(ProfileUpdate.create().displayName("V"));
      amba.users().get(uid);
      amba.users().list(UserQuery.all());

      user.events().track("app_opened");
      user.events().track(List.of(Event.of("a_b"), Event.of("c_d")));
      amba.events().ingest(List.of(IngestEvent.of(uid, Event.of("imported"))));
      amba.events().list(EventListQuery.recent());
      amba.events().count(EventCountQuery.since(Instant.now().minus(1, ChronoUnit.DAYS)));

      amba.ai().prompts().upsert(PromptDefinition.anthropic("p_a", "m", "Hi {{x}}"));
      amba.ai().prompts().upsert(PromptDefinition.openai("p_o", "m", "Hi {{x}}"));
      user.ai().anthropic().messages().create(AiRequest.prompt("p_a").variable("x", "1"));
      user.ai().openai().chat().completions().create(AiRequest.prompt("p_o").variable("x", "1"));

      amba.config().create(NewConfigEntry.of("k", 1));
      amba.config().entries();
      amba.config().entry("k");
      amba.config().update("k", ConfigUpdate.create().value(2));
      amba.config().values();
      amba.config().values();
      user.config().values();
      amba.config().delete("k");

      amba.entitlements().grant(uid, EntitlementGrant.active("pro", PurchaseStore.STRIPE));
      user.entitlements().list();
    }

    List<RecordedRequest> all = emulator.recordedRequests();
    String admin = "/v1/admin/projects/" + project.projectId();
    Set<String> routes = all.stream().map(r -> r.method() + " " + r.pathWithoutQuery().replace(admin, "{admin}"))
        .collect(Collectors.toSet());
    assertThat(routes).contains(
        "POST /v1/client/events", "POST {admin}/events", "GET {admin}/events", "GET {admin}/events/count",
        "POST {admin}/ai/prompts", "POST /v1/client/ai/anthropic/messages", "POST /v1/client/ai/openai/chat/completions",
        "POST {admin}/config", "GET {admin}/config", "GET {admin}/config/k", "PATCH {admin}/config/k",
        "DELETE {admin}/config/k", "GET /v1/client/config",
        "POST {admin}/users/" + uid + "/entitlements", "GET /v1/client/entitlements",
        "POST /v1/client/auth/email/signup", "POST /v1/client/auth/email/login", "POST /v1/client/auth/anonymous",
        "GET /v1/client/users/me", "PATCH /v1/client/users/me", "GET {admin}/users", "GET {admin}/users/" + uid);
    assertThat(all).allSatisfy(r ->
        assertThat(r.header("X-SDK-Version")).as(r.toString()).isEqualTo("amba-java/" + AmbaClient.SDK_VERSION));
    assertThat(AmbaClient.SDK_VERSION).isNotBlank().doesNotContain("${");
  }
}
