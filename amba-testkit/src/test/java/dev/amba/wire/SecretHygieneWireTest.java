package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.auth.AuthSession;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With debug wire logging on, no key or token reaches a log line, a message or a toString. */
@ExtendWith(AmbaEmulatorExtension.class)
class SecretHygieneWireTest {

  @RegisterExtension
  final CapturedLog log = CapturedLog.of("dev.amba", Level.ALL);

  @Test
  void everyFeature_withDebugWireLog_leavesNoSecretBehind(AmbaEmulator emulator) {
    EmulatorProject p = emulator.defaultProject();
    List<String> rendered = new ArrayList<>();
    List<String> secrets = new ArrayList<>(List.of(p.clientKey(), p.serverKey(), p.pat()));
    try (AmbaClient amba = AmbaClient.configure(emulator.config())) {
      AuthSession session = amba.auth().signUpWithEmail("all" + System.nanoTime() + "@example.com", "a long password");
      secrets.add(session.sessionToken());
      secrets.add(session.refreshToken());
      AmbaUser user = amba.asUser(session.user().id());
      rendered.add(String.valueOf(user.events().track("scenario_started")));

      amba.collections().define(dev.amba.collections.CollectionDefinition.of("secret_scenario",
          dev.amba.collections.Column.of("title", dev.amba.collections.ColumnType.TEXT)));
      Map<String, Object> row = user.collection("secret_scenario").insert(Map.of("title", "hello"));
      rendered.add(row.toString());
      rendered.add(String.valueOf(user.collection("secret_scenario").find(dev.amba.collections.Query.all())));

      amba.storage().createBucket("secret-bucket");
      dev.amba.storage.PresignedUpload up = user.storage().presign("secret-bucket", "a.txt", "text/plain", 5);
      secrets.add(up.uploadUrl().getRawQuery());
      rendered.add(up.toString());
      user.storage().put(up, "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      rendered.add(user.storage().commit(up).toString());

      rendered.add(user.push().register("device-token-0123456789abcdef", dev.amba.push.Platform.APNS, "com.example").toString());
      secrets.add("device-token-0123456789abcdef");
      rendered.add(amba.config().values().toString());
      rendered.add(user.config().values().toString());
      amba.ai().prompts().upsert(dev.amba.ai.PromptDefinition.anthropic("secret_prompt", "claude-test", "Say {{x}}"));
      rendered.add(user.ai().anthropic().messages().create(dev.amba.ai.AiRequest.prompt("secret_prompt").variable("x", "hi")).toString());
      try {
        user.ai().anthropic().messages().create(dev.amba.ai.AiRequest.prompt("secret_prompt"));
      } catch (RuntimeException e) {
        rendered.add(e.toString());
      }
      // The PAT routes (M1), and a PAT call refused for want of a PAT.
      rendered.add(amba.email().saveTemplate(dev.amba.email.NewEmailTemplate.of("secret_mail", "Hi", "<p>Hi</p>")).toString());
      rendered.add(user.email().send("secret_mail").toString());
      rendered.add(amba.email().deliveries(dev.amba.email.EmailDeliveryQuery.all(), 0, 10).toString());
      rendered.add(amba.experiments().create(dev.amba.experiments.NewExperiment.of("secret_test", "Secret",
          java.util.List.of(dev.amba.experiments.ExperimentVariant.of("a", 1),
              dev.amba.experiments.ExperimentVariant.of("b", 1)))).toString());
      rendered.add(user.experiments().assignment("secret_test").toString());
      try (AmbaClient noPat = AmbaClient.configure(emulator.config().toBuilder().pat(null).build())) {
        noPat.email().templates();
      } catch (RuntimeException e) {
        rendered.add(e.toString());
      }
      rendered.add(amba.toString());
      rendered.add(user.toString());
    }
    assertThat(log.lines()).as("debug wire log is on").anyMatch(l -> l.contains("/v1/client/storage/presign"));
    assertThat(log.lines()).as("the PAT routes were called").anyMatch(l -> l.contains("/email/templates"));
    String all = String.join("\n", log.lines()) + "\n" + String.join("\n", rendered);
    for (String secret : secrets) {
      assertThat(secret).isNotBlank();
      assertThat(all).as("no secret in logs or strings").doesNotContain(secret);
    }
  }

  @Test
  void keysAndTokens_neverAppearInLogsMessagesOrToString(AmbaEmulator emulator) {
    EmulatorProject p = emulator.defaultProject();
    List<String> rendered = new ArrayList<>();
    List<String> secrets = new ArrayList<>(List.of(p.clientKey(), p.serverKey(), p.pat()));
    // A swapped-keys configuration triggers the warning path too.
    AmbaConfig swapped = emulator.config().toBuilder().clientKey(p.serverKey()).serverKey(p.clientKey()).build();
    try (AmbaClient amba = AmbaClient.configure(emulator.config()); AmbaClient wrong = AmbaClient.configure(swapped)) {
      rendered.add(amba.toString());
      rendered.add(amba.settings().toString());
      rendered.add(swapped.toString());
      rendered.add(p.toString());
      AuthSession session = amba.auth().signUpWithEmail("sec" + System.nanoTime() + "@example.com", "a long password");
      secrets.add(session.sessionToken());
      secrets.add(session.refreshToken());
      rendered.add(session.toString());
      AmbaUser user = amba.asUser(session.user().id());
      rendered.add(user.toString());
      user.events().track("secret_test", Map.of("k", "v"));
      rendered.add(user.users().me().toString());
      for (Runnable failing : List.<Runnable>of(
          () -> wrong.asUser(session.user().id()).users().me(),
          () -> wrong.users().list(dev.amba.users.UserQuery.all()),
          () -> amba.asUser("nobody").users().me())) {
        try {
          failing.run();
          rendered.add("no failure?");
        } catch (RuntimeException e) {
          rendered.add(e.toString());
          rendered.add(String.valueOf(e.getMessage()));
        }
      }
    }
    assertThat(log.lines()).as("debug wire log is on").anyMatch(l -> l.contains("/v1/client/users/me"));
    String all = String.join("\n", log.lines()) + "\n" + String.join("\n", rendered);
    for (String secret : secrets) {
      assertThat(secret).isNotBlank();
      assertThat(all).doesNotContain(secret);
    }
  }
}
