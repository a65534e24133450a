package dev.amba.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.internal.WireForms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AiArgumentsTest {

  @Test
  void slug_isLowercaseUnderscoresAndDigits_atMost64() {
    assertThat(AiRequest.prompt("support_assistant_2").slug()).isEqualTo("support_assistant_2");
    assertThat(AiRequest.prompt("a".repeat(64)).slug()).hasSize(64);
    for (String bad : new String[] {"", "Support", "support-assistant", "_x", "1st", "a b", "a".repeat(65)}) {
      assertThatThrownBy(() -> AiRequest.prompt(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slug");
    }
    assertThatThrownBy(() -> AiRequest.prompt(null)).hasMessageContaining("slug");
  }

  @Test
  void variables_namesFollowThePlaceholderSyntax_andValuesAreRequired() {
    AiRequest r = AiRequest.prompt("p").variable("user_query", "a").variables(Map.of("userName", "b"))
        .variable("user_query", "c");
    assertThat(r.variables()).containsExactly(Map.entry("user_query", "c"), Map.entry("userName", "b"));
    assertThatThrownBy(() -> AiRequest.prompt("p").variable("user-query", "x")).hasMessageContaining("variable name");
    assertThatThrownBy(() -> AiRequest.prompt("p").variable("", "x")).hasMessageContaining("variable name");
    assertThatThrownBy(() -> AiRequest.prompt("p").variable("q", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("q");
  }

  @Test
  void maxTokensAndTemperature_areRangeChecked() {
    assertThat(AiRequest.prompt("p").maxTokens(1).maxTokens()).hasValue(1);
    assertThat(AiRequest.prompt("p").maxTokens()).isEmpty();
    assertThatThrownBy(() -> AiRequest.prompt("p").maxTokens(0)).hasMessageContaining("maxTokens");
    assertThat(AiRequest.prompt("p").temperature(2).temperature()).hasValue(2.0);
    assertThatThrownBy(() -> AiRequest.prompt("p").temperature(-0.1)).hasMessageContaining("temperature");
    assertThatThrownBy(() -> AiRequest.prompt("p").temperature(Double.NaN)).hasMessageContaining("temperature");
  }

  @Test
  void toString_showsVariableNamesButNeverTheirValues() {
    String s = AiRequest.prompt("p").variable("email", "ada@example.com").toString();
    assertThat(s).contains("email").doesNotContain("ada@example.com");
  }

  @Test
  void promptDefinition_checksEveryField() {
    PromptDefinition d = PromptDefinition.anthropic("support", "claude", "Hi {{x}}").maxTokens(10).temperature(0.5);
    assertThat(WireForms.of(d)).containsExactly(Map.entry("name", "support"), Map.entry("provider", "anthropic"),
        Map.entry("model", "claude"), Map.entry("system_prompt", "Hi {{x}}"), Map.entry("max_tokens", 10),
        Map.entry("temperature", 0.5));
    assertThat(WireForms.of(PromptDefinition.openai("support", "gpt", "x"))).containsEntry("provider", "openai")
        .doesNotContainKey("max_tokens");
    assertThatThrownBy(() -> PromptDefinition.anthropic("Bad Name", "m", "x")).hasMessageContaining("name");
    assertThatThrownBy(() -> PromptDefinition.of("ok", " ", "m", "x")).hasMessageContaining("provider");
    assertThatThrownBy(() -> PromptDefinition.anthropic("ok", "", "x")).hasMessageContaining("model");
    assertThatThrownBy(() -> PromptDefinition.anthropic("ok", "m", " ")).hasMessageContaining("systemPrompt");
    assertThatThrownBy(() -> d.maxTokens(0)).hasMessageContaining("maxTokens");
  }

  @Test
  void responses_joinTheirText() {
    AnthropicMessage m = new AnthropicMessage("id", "message", "assistant", List.of(
        new AnthropicMessage.ContentBlock("text", "Hello "), new AnthropicMessage.ContentBlock("tool_use", null),
        new AnthropicMessage.ContentBlock("text", "world")), "m", "end_turn", null,
        new AnthropicMessage.Usage(1, 2, null, null));
    assertThat(m.text()).isEqualTo("Hello world");
    assertThat(new ChatCompletion("id", "chat.completion", 0, "m", null, null).text()).isEmpty();
  }
}
