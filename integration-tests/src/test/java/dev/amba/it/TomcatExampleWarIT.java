package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example's Tomcat WAR on embedded Tomcat 10.1: AmbaFilter registered in its web.xml, the
 * client from amba-cdi under Weld Servlet, JAX-RS by RESTEasy, settings from MicroProfile Config.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class TomcatExampleWarIT extends ExampleWarContract {

  private static SystemProperties properties;
  private static EmbeddedTomcat tomcat;
  private static String api;

  @BeforeAll
  static void deploy(AmbaEmulator emulator) throws Exception {
    EmulatorProject project = emulator.defaultProject();
    properties = new SystemProperties(Map.of(
        "amba.project-id", project.projectId(),
        "amba.client-key", project.clientKey(),
        "amba.server-key", project.serverKey(),
        "amba.api-url", emulator.apiUrl(),
        "webhook.secret", WEBHOOK_SECRET,
        "jobs.token", JOBS_TOKEN));
    tomcat = new EmbeddedTomcat(EmbeddedTomcat.war("webhook-service-tomcat.war"));
    assertThat(tomcat.started()).as("the webapp started").isTrue();
    api = tomcat.base() + "/api";
  }

  @Override
  String api() {
    return api;
  }

  @AfterAll
  static void undeploy() throws Exception {
    try {
      if (tomcat != null) {
        tomcat.close();
      }
    } finally {
      properties.close();
    }
  }
}
