package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The example's WAR without Amba settings: the deployment fails, and the log names the key. */
class TomcatMissingSettingsIT {

  @Test
  @SuppressWarnings("try") // the properties are scoped by the resource; the body need not name them
  void exampleWarWithoutAmbaSettings_failsToStart_namingTheMissingKey() throws Exception {
    assumeTrue(System.getenv().keySet().stream().noneMatch(k -> k.startsWith("AMBA_")),
        "AMBA_* variables in this environment would configure the client");
    List<Throwable> logged = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getThrown() != null) {
          synchronized (logged) {
            logged.add(record.getThrown());
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try (SystemProperties ignored = new SystemProperties(Map.of("webhook.secret", "whsec_x", "jobs.token", "jobs_x"));
        EmbeddedTomcat tomcat = new EmbeddedTomcat(EmbeddedTomcat.war("webhook-service-tomcat.war"))) {
      assertThat(tomcat.started()).isFalse();
    } finally {
      root.removeHandler(capture);
    }

    assertThat(messages(logged)).anyMatch(m -> m.contains("amba.project-id (or AMBA_PROJECT_ID)"));
  }

  private static List<String> messages(List<Throwable> thrown) {
    List<String> messages = new ArrayList<>();
    for (Throwable t : thrown) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        messages.add(String.valueOf(c.getMessage()));
      }
    }
    return messages;
  }
}
