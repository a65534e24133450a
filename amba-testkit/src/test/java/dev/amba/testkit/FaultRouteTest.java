package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emulator-only admin route that drives the fault switch over HTTP. */
@ExtendWith(AmbaEmulatorExtension.class)
class FaultRouteTest {

  private static String path(EmulatorProject p) {
    return "/v1/admin/projects/" + p.projectId() + "/_emulator/faults";
  }

  @Test
  void countedRule_failsTheNextCallsOnItsPath_thenStops(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.defaultProject();
    Api.Response added = api.post(path(p)).admin(p)
        .json("{\"kind\":\"status\",\"status\":503,\"count\":2,\"path_prefix\":\"/v1/admin/projects/" + p.projectId() + "/users\"}")
        .send();
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().getJsonObject("data").getInt("pending")).isEqualTo(2);

    assertThat(api.get("/health").send().status()).as("other paths untouched").isEqualTo(200);
    String users = "/v1/admin/projects/" + p.projectId() + "/users";
    assertThat(api.get(users).admin(p).send().status()).isEqualTo(503);
    assertThat(api.get(users).admin(p).send().status()).isEqualTo(503);
    assertThat(api.get(users).admin(p).send().status()).isEqualTo(200);
  }

  @Test
  void theState_listsTheProjectsRulesInForce_withTheirTurnsLeft(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.createProject();
    String users = "/v1/admin/projects/" + p.projectId() + "/users";
    api.post(path(p)).admin(p).json("{\"kind\":\"status\",\"status\":502,\"count\":2,\"path_prefix\":\"" + users + "\"}").send();
    api.post(path(p)).admin(p).json("{\"kind\":\"delay\",\"delay_ms\":1,\"fraction\":0.25,\"seed\":3}").send();
    // Another project's rule is not this project's to see.
    EmulatorProject other = emulator.createProject();
    api.post(path(other)).admin(other).json("{\"kind\":\"truncated\",\"count\":1}").send();
    assertThat(api.get(users).admin(p).send().status()).isEqualTo(502);

    jakarta.json.JsonArray rules = api.get(path(p)).admin(p).send().json().getJsonObject("data").getJsonArray("rules");
    assertThat(rules).hasSize(2);
    assertThat(rules.getJsonObject(0).toString())
        .isEqualTo("{\"kind\":\"status\",\"path_prefix\":\"" + users + "\",\"status\":502,\"remaining\":1}");
    assertThat(rules.getJsonObject(1).toString()).isEqualTo("{\"kind\":\"delay\",\"path_prefix\":null,\"fraction\":0.25}");

    api.delete(path(p)).admin(p).send();
    assertThat(api.get(path(p)).admin(p).send().json().getJsonObject("data").getJsonArray("rules")).isEmpty();
    assertThat(api.get(path(other)).admin(other).send().json().getJsonObject("data").getJsonArray("rules")).hasSize(1);
    api.delete(path(other)).admin(other).send();
  }

  @Test
  void theRouteItselfIsExempt_soEverythingCanBeResetEvenUnderTotalFailure(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.defaultProject();
    assertThat(api.post(path(p)).admin(p).json("{\"kind\":\"reset_before\",\"fraction\":1.0,\"seed\":1}").send().status())
        .isEqualTo(201);
    assertThat(api.get(path(p)).admin(p).send().json().getJsonObject("data").getInt("pending")).isPositive();
    assertThat(api.delete(path(p)).admin(p).send().status()).isEqualTo(204);
    assertThat(api.get("/health").send().status()).isEqualTo(200);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void badRules_areA400NamingTheField_andNothingIsAdded(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.defaultProject();
    Api.Response both = api.post(path(p)).admin(p).json("{\"kind\":\"status\",\"status\":503,\"count\":1,\"fraction\":0.5}").send();
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).contains("count");
    Api.Response unknown = api.post(path(p)).admin(p).json("{\"kind\":\"explode\",\"count\":1}").send();
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown kind");
    Api.Response badStatus = api.post(path(p)).admin(p).json("{\"kind\":\"status\",\"status\":200,\"count\":1}").send();
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void needsTheProjectsServerKey(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.defaultProject();
    assertThat(api.post(path(p)).json("{\"kind\":\"truncated\",\"count\":1}").send().status()).isEqualTo(401);
    assertThat(api.post(path(p)).admin(emulator.createProject()).json("{\"kind\":\"truncated\",\"count\":1}").send().status())
        .isEqualTo(403);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void holdRule_keepsTheRequestUntilDeleteReleasesIt(AmbaEmulator emulator) throws Exception {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.createProject();
    String users = "/v1/admin/projects/" + p.projectId() + "/users";
    Api.Response added = api.post(path(p)).admin(p)
        .json("{\"kind\":\"hold\",\"count\":1,\"path_prefix\":\"" + users + "\"}").send();
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.data().getInt("held")).isZero();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Api.Response> held = pool.submit(() -> api.get(users).admin(p).send());
      // What a test in another language does: ask the state until the request is held.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (api.get(path(p)).admin(p).send().data().getInt("held") < 1) {
        assertThat(System.nanoTime()).as("the request is held").isLessThan(deadline);
      }
      assertThat(held).isNotDone();
      assertThat(api.get(users).admin(emulator.defaultProject()).send().status())
          .as("another project's key: answered (refused) at once, not held").isEqualTo(403);

      assertThat(api.delete(path(p)).admin(p).send().status()).isEqualTo(204);

      assertThat(held.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(api.get(path(p)).admin(p).send().data().getInt("held")).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void holdRule_takesACountOnly(AmbaEmulator emulator) {
    Api api = new Api(emulator);
    EmulatorProject p = emulator.defaultProject();
    Api.Response random = api.post(path(p)).admin(p).json("{\"kind\":\"hold\",\"fraction\":0.5}").send();
    assertThat(random.status()).isEqualTo(400);
    assertThat(random.body()).contains("fraction");
    Api.Response none = api.post(path(p)).admin(p).json("{\"kind\":\"hold\",\"count\":0}").send();
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("count");
    assertThat(emulator.faults().pending()).isZero();
  }
}
