package dev.amba.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Experiment calls refuse bad keys, variants and event names before anything is sent (35). */
class ExperimentArgumentsTest {

  private static final List<ExperimentVariant> TWO = List.of(ExperimentVariant.of("a", 1), ExperimentVariant.of("b", 1));
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").pat("amb_dev_pat_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void keys_areM1Keys_onBothSides() {
    for (String bad : new String[] {"Bad", "a-b", "", "../x"}) {
      assertThatThrownBy(() -> amba.asUser("me").experiments().assignment(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("key ");
      assertThatThrownBy(() -> amba.asUser("me").experiments().expose(bad)).hasMessageStartingWith("key ");
      assertThatThrownBy(() -> amba.experiments().get(bad)).hasMessageStartingWith("key ");
      assertThatThrownBy(() -> NewExperiment.of(bad, "N", TWO)).hasMessageStartingWith("key ");
    }
  }

  @Test
  void variants_twoToTwenty_uniqueKeys_weightsInRange() {
    assertThatThrownBy(() -> NewExperiment.of("k", "N", List.of(ExperimentVariant.of("a", 1))))
        .hasMessageStartingWith("variants ");
    List<ExperimentVariant> many = new ArrayList<>(Collections.nCopies(21, ExperimentVariant.of("a", 1)));
    assertThatThrownBy(() -> NewExperiment.of("k", "N", many)).hasMessageStartingWith("variants ");
    assertThatThrownBy(() -> NewExperiment.of("k", "N", List.of(ExperimentVariant.of("a", 1), ExperimentVariant.of("a", 2))))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> NewExperiment.of("k", "N", List.of(new ExperimentVariant("a", 0), ExperimentVariant.of("b", 1))))
        .hasMessageStartingWith("variant weight ");
    assertThatThrownBy(() -> ExperimentVariant.of("a", 1_000_001)).hasMessageStartingWith("variant weight ");
    assertThatThrownBy(() -> ExperimentVariant.of("A", 1)).hasMessageStartingWith("variant key ");
    assertThatThrownBy(() -> NewExperiment.of("k", " ", TWO)).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> ExperimentUpdate.create().variants(null)).isInstanceOf(NullPointerException.class);
    assertThat(NewExperiment.of("k", "N", TWO).status(ExperimentStatus.PAUSED))
        .isEqualTo(NewExperiment.of("k", "N", TWO).status(ExperimentStatus.PAUSED));
  }

  @Test
  void results_needAnEventName_andExposuresAContext() {
    assertThatThrownBy(() -> amba.experiments().results("k", "Bad Event")).hasMessageStartingWith("conversionEvent ");
    assertThatThrownBy(() -> amba.experiments().results("k", null)).hasMessageStartingWith("conversionEvent ");
    assertThatThrownBy(() -> amba.asUser("me").experiments().expose("k", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.experiments().update("k", ExperimentUpdate.create()))
        .hasMessageContaining("update");
  }
}
