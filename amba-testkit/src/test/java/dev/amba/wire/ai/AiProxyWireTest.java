package dev.amba.wire.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaServerException;
import dev.amba.AmbaUser;
import dev.amba.ai.AiPrompt;
import dev.amba.ai.AiProvider;
import dev.amba.ai.AiRequest;
import dev.amba.ai.AnthropicMessage;
import dev.amba.ai.ChatCompletion;
import dev.amba.ai.PromptDefinition;
import dev.amba.events.EventListQuery;
import dev.amba.events.StoredEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The AI proxy (amba-api.md section 10) through the SDK against the emulator's deterministic answers. */
@ExtendWith(AmbaEmulatorExtension.class)
class AiProxyWireTest {

  private static final String SUPPORT = "You help customers of Acme. Question: {{user_query}}";

  private AmbaEmulator emulator;
  private EmulatorProject project;
  private AmbaClient amba;
  private AmbaUser user;

  @BeforeEach
  void freshProject(AmbaEmulator emulator) {
    this.emulator = emulator;
    this.project = emulator.createProject();
    this.amba = AmbaClient.configure(emulator.config(project).toBuilder().sleeper(d -> { }).build());
    this.user = amba.asUser(emulator.createUser(project));
  }

  @AfterEach
  void close() {
    amba.close();
  }

  private AiPrompt saveSupportPrompt() {
    return amba.ai().prompts().upsert(PromptDefinition.anthropic("support_assistant", "claude-test", SUPPORT));
  }

  @Test
  void anthropic_rendersThePrompt_andReportsUsage() {
    AiPrompt saved = saveSupportPrompt();
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.provider()).isEqualTo(AiProvider.ANTHROPIC);
    assertThat(saved.systemPrompt()).isEqualTo(SUPPORT);

    AnthropicMessage reply = user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "where is my order?").maxTokens(1024));

    // Rendered: 10 words. The answer: "Emulated reply from claude-test:" (4 words) + the rendered prompt.
    assertThat(reply.type()).isEqualTo("message");
    assertThat(reply.role()).isEqualTo("assistant");
    assertThat(reply.model()).isEqualTo("claude-test");
    assertThat(reply.id()).startsWith("msg_");
    assertThat(reply.content()).singleElement().satisfies(b -> assertThat(b.type()).isEqualTo("text"));
    assertThat(reply.text()).isEqualTo(
        "Emulated reply from claude-test: You help customers of Acme. Question: where is my order?");
    assertThat(reply.stopReason()).isEqualTo(AnthropicMessage.END_TURN);
    assertThat(reply.usage().inputTokens()).isEqualTo(10);
    assertThat(reply.usage().outputTokens()).isEqualTo(14);

    RecordedRequest sent = emulator.recordedRequests().stream()
        .filter(r -> r.path().equals("/v1/client/ai/anthropic/messages")).findFirst().orElseThrow();
    assertThat(sent.body()).isEqualTo(
        "{\"prompt_slug\":\"support_assistant\",\"variables\":{\"user_query\":\"where is my order?\"},\"max_tokens\":1024}");
  }

  @Test
  void openai_answersAsAChatCompletion() {
    amba.ai().prompts().upsert(PromptDefinition.openai("greeter", "gpt-test", "Say hello to {{name}} from {{city}}.")
        .maxTokens(100).temperature(0.2));
    ChatCompletion c = user.ai().openai().chat().completions().create(
        AiRequest.prompt("greeter").variables(Map.of("name", "Ada", "city", "London")));

    assertThat(c.object()).isEqualTo("chat.completion");
    assertThat(c.model()).isEqualTo("gpt-test");
    assertThat(c.created()).isPositive();
    assertThat(c.choices()).singleElement().satisfies(choice -> {
      assertThat(choice.index()).isZero();
      assertThat(choice.message().role()).isEqualTo("assistant");
      assertThat(choice.finishReason()).isEqualTo("stop");
    });
    assertThat(c.text()).isEqualTo("Emulated reply from gpt-test: Say hello to Ada from London.");
    assertThat(c.usage().promptTokens()).isEqualTo(6);
    assertThat(c.usage().completionTokens()).isEqualTo(10);
    assertThat(c.usage().totalTokens()).isEqualTo(16);
  }

  @Test
  void maxTokens_cutsTheAnswer_andSaysSo() {
    saveSupportPrompt();
    AnthropicMessage reply = user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "hi").maxTokens(5));
    assertThat(reply.stopReason()).isEqualTo(AnthropicMessage.MAX_TOKENS);
    assertThat(reply.usage().outputTokens()).isEqualTo(5);
    assertThat(reply.text()).isEqualTo("Emulated reply from claude-test: You");
  }

  @Test
  void upsert_addsVersions_andCallsUseTheNewest() {
    saveSupportPrompt();
    AiPrompt v2 = amba.ai().prompts().upsert(
        PromptDefinition.anthropic("support_assistant", "claude-test-2", "Short: {{user_query}}"));
    assertThat(v2.version()).isEqualTo(2);
    AnthropicMessage reply = user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "ok"));
    assertThat(reply.model()).isEqualTo("claude-test-2");
    assertThat(reply.text()).isEqualTo("Emulated reply from claude-test-2: Short: ok");
  }

  @Test
  void eachCall_recordsAnAiUsageEventForTheActingUser() {
    saveSupportPrompt();
    AnthropicMessage reply = user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "refund please"));
    List<StoredEvent> usage = amba.events().listAll(EventListQuery.recent().eventName("ai_usage").userId(user.uid()))
        .collect(Collectors.toList());
    assertThat(usage).singleElement().satisfies(e -> {
      assertThat(e.properties()).containsEntry("prompt_slug", "support_assistant")
          .containsEntry("provider", "anthropic")
          .containsEntry("input_tokens", BigDecimal.valueOf(reply.usage().inputTokens()))
          .containsEntry("output_tokens", BigDecimal.valueOf(reply.usage().outputTokens()));
    });
    // A server-written event is counted like a tracked one (amba-api.md section 8, revision 2).
    assertThat(amba.events().count(dev.amba.events.EventCountQuery.since(java.time.Instant.now().minusSeconds(3600))
        .eventName("ai_usage").userId(user.uid())).total()).isEqualTo(1);
  }

  @Test
  void unknownSlug_is404PromptNotFound() {
    assertThatThrownBy(() -> user.ai().anthropic().messages().create(AiRequest.prompt("no_such_prompt")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("prompt_not_found"));
  }

  @Test
  void missingVariable_is400MissingVariable_namingIt() {
    saveSupportPrompt();
    assertThatThrownBy(() -> user.ai().anthropic().messages().create(AiRequest.prompt("support_assistant")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("missing_variable");
          assertThat(e.serverMessage()).contains("user_query");
          assertThat(e.details().get("fields")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
              .satisfies(f -> assertThat(((Map<?, ?>) f).get("path")).isEqualTo("variables.user_query"));
        });
    assertThat(amba.events().listAll(EventListQuery.recent().eventName("ai_usage")).count()).isZero();
  }

  @Test
  void maxTokensOverTheCeiling_is400() {
    saveSupportPrompt();
    assertThatThrownBy(() -> user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "q").maxTokens(4097)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_argument");
          assertThat(e.serverMessage()).contains("max_tokens");
        });
  }

  @Test
  void aPromptOfTheOtherProvider_is400() {
    saveSupportPrompt();
    assertThatThrownBy(() -> user.ai().openai().chat().completions().create(
        AiRequest.prompt("support_assistant").variable("user_query", "q")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.serverMessage()).contains("anthropic"));
  }

  @Test
  void upsert_withAProviderTheServiceDoesNotKnow_is400() {
    assertThatThrownBy(() -> amba.ai().prompts().upsert(PromptDefinition.of("p1", "mistral", "m", "text")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_argument"));
  }

  @Test
  void aFailedCall_isNotRetried_soItIsNeverAnsweredTwice() {
    saveSupportPrompt();
    emulator.clearRecordedRequests();
    emulator.faults().onlyFor("/v1/client/ai/").failNext(1, 503);
    assertThatThrownBy(() -> user.ai().anthropic().messages().create(
        AiRequest.prompt("support_assistant").variable("user_query", "q")))
        .isInstanceOfSatisfying(AmbaServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(emulator.recordedRequests()).hasSize(1);
  }
}
