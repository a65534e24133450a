package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/** A real {@code SpringApplication.run} without settings: what the developer reads on the console. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  /** The machine's own AMBA_* variables stay out, so the test proves the same thing everywhere. */
  static final class WithoutEnvironmentVariables extends StandardEnvironment {
    @Override
    protected void customizePropertySources(MutablePropertySources sources) {
      super.customizePropertySources(sources);
      sources.remove(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    }
  }

  @Test
  void aMissingSetting_stopsTheApplication_withAReportNamingTheKey(CapturedOutput output) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
            .environment(new WithoutEnvironmentVariables()).properties("amba.client-key=amb_dev_ck_x").run().close())
        .hasRootCauseMessage("amba-spring-boot-starter: the default Amba client needs amba.project-id (or AMBA_PROJECT_ID);"
            + " set it in application.properties (or .yml) or the environment");
    assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
        .contains("the default Amba client needs amba.project-id (or AMBA_PROJECT_ID)")
        .contains("Set the keys named above")
        .doesNotContain("amb_dev_ck_x");
  }
}
