package dev.amba.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Onboarding values and calls refuse what 31.2 and the X rules forbid before anything is sent. */
class OnboardingArgumentsTest {

  private AmbaClient amba;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void steps_haveKeyIdsAndTypes_andATitle() {
    assertThat(NewOnboardingStep.of("a_1", "A", "welcome")).isEqualTo(NewOnboardingStep.of("a_1", "A", "welcome"));
    for (String bad : new String[] {null, "", "_final", "A", "1a", "a-b", "a".repeat(65)}) {
      assertThatThrownBy(() -> NewOnboardingStep.of(bad, "A", "t")).hasMessageStartingWith("stepId ");
      assertThatThrownBy(() -> NewOnboardingStep.of("a", "A", bad)).hasMessageStartingWith("type ");
    }
    assertThatThrownBy(() -> NewOnboardingStep.of("a", " ", "t")).hasMessageStartingWith("title ");
    assertThatThrownBy(() -> NewOnboardingStep.of("a", "x".repeat(129), "t")).hasMessageStartingWith("title ");
    assertThatThrownBy(() -> NewOnboardingStep.of("a", "A", "t").description("x".repeat(1025)))
        .hasMessageStartingWith("description ");
    assertThatThrownBy(() -> NewOnboardingStep.of("a", "A", "t").config(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void flows_takeOneToAHundredStepsWithoutARepeatedId() {
    NewOnboardingStep step = NewOnboardingStep.of("a", "A", "t");
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", List.of())).hasMessageStartingWith("steps ");
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", step, step)).hasMessageContaining("twice");
    List<NewOnboardingStep> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(NewOnboardingStep.of("s" + i, "S", "t"));
    }
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", many)).hasMessageStartingWith("steps ");
    assertThat(NewOnboardingFlow.of("x", many.subList(0, 100))).isNotNull();
    assertThatThrownBy(() -> NewOnboardingFlow.of(" ", step)).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewOnboardingFlow.of("x", Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OnboardingFlowUpdate.create().steps(List.of())).hasMessageStartingWith("steps ");
  }

  @Test
  void calls_checkIdsAnswersAndUpdatesBeforeSending() {
    ProjectOnboarding admin = amba.onboarding();
    assertThatThrownBy(() -> admin.get("x")).hasMessageStartingWith("flowId ");
    assertThatThrownBy(() -> admin.delete(null)).hasMessageStartingWith("flowId ");
    assertThatThrownBy(() -> admin.update("123e4567-e89b-12d3-a456-426614174000", OnboardingFlowUpdate.create()))
        .hasMessageStartingWith("update");
    assertThatThrownBy(() -> admin.create(null)).isInstanceOf(NullPointerException.class);
    UserOnboarding user = amba.asUser("me").onboarding();
    assertThatThrownBy(() -> user.nextStep(Map.of("x", Double.NaN))).hasMessageContaining("answers");
    assertThatThrownBy(() -> user.complete(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("finalAnswers");
  }
}
