package dev.amba.it.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The application started with the default client's client key missing: the extension ran at
 * build time, so it is its startup check that stops the application, naming the key.
 */
@QuarkusMainTest
// MicroProfile's environment mapping would fill the missing key from the shell.
@DisabledIfEnvironmentVariable(named = "AMBA_CLIENT_KEY", matches = ".*")
@TestProfile(MissingSettingTest.WithoutClientKey.class)
class MissingSettingTest {

  /** Everything but amba.client-key; acme complete, so only the default client is at fault. */
  public static class WithoutClientKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "amba.project-id", "proj_missing",
          "amba.server-key", "amb_dev_sk_hidden4242",
          "amba.api-url", "http://127.0.0.1:9",
          "amba.clients.acme.project-id", "proj_acme",
          "amba.clients.acme.client-key", "amb_dev_ck_acme",
          "test.default-user", "u",
          "test.acme-user", "u");
    }
  }

  @Test
  @Launch(value = {}, exitCode = 1)
  void aMissingSetting_failsStartup_namingTheKeyButNoSecret(LaunchResult result) {
    String output = result.getOutput() + "\n" + result.getErrorOutput();

    assertThat(output).contains("the default Amba client needs amba.client-key (or AMBA_CLIENT_KEY)")
        .doesNotContain("hidden4242");
  }
}
