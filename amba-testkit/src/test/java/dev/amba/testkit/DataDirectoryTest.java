package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @Test
  void restart_keepsTheDefaultProjectKeysUsersAndEvents(@TempDir Path dir) {
    Path data = dir.resolve("nested/amba-data");
    EmulatorProject before;
    EmulatorProject extra;
    String uid;
    try (AmbaEmulator first = AmbaEmulator.builder().dataDirectory(data).quiet(true).start()) {
      before = first.defaultProject();
      extra = first.createProject();
      uid = first.createUser(before);
      Api.Response tracked = new Api(first).post("/v1/client/events").asUser(before, uid)
          .json("{\"event\":\"saved\",\"event_id\":\"once\"}").send();
      assertThat(tracked.status()).isEqualTo(200);
    }
    assertThat(Files.exists(data.resolve("amba.mv.db"))).isTrue();

    try (AmbaEmulator second = AmbaEmulator.builder().dataDirectory(data).quiet(true).start()) {
      Api api = new Api(second);

      assertThat(second.defaultProject()).isEqualTo(before);
      assertThat(api.get("/v1/client/users/me").asUser(before, uid).send().status()).isEqualTo(200);
      assertThat(api.get("/v1/admin/projects/" + extra.projectId() + "/users").admin(extra).send()
          .status()).isEqualTo(200);
      // The event id is still known, so a retry after the restart is not stored again.
      api.post("/v1/client/events").asUser(before, uid)
          .json("{\"event\":\"saved\",\"event_id\":\"once\"}").send();
      assertThat(api.get("/v1/admin/projects/" + before.projectId() + "/events/count")
          .admin(before).send().data().getInt("total")).isEqualTo(1);
    }
  }

  @Test
  void inMemoryEmulators_shareNothing() {
    try (AmbaEmulator one = AmbaEmulator.builder().quiet(true).start();
        AmbaEmulator two = AmbaEmulator.builder().quiet(true).start()) {
      EmulatorProject p = one.defaultProject();

      Api.Response r = new Api(two).post("/v1/client/auth/anonymous").clientKey(p.clientKey()).send();

      assertThat(two.defaultProject()).isNotEqualTo(p);
      assertThat(two.port()).isNotEqualTo(one.port());
      assertThat(r.status()).isEqualTo(401);
    }
  }

  @Test
  void close_isIdempotentAndStopsServing() {
    AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start();
    Api api = new Api(emulator);
    assertThat(api.get("/health").send().status()).isEqualTo(200);

    emulator.close();
    emulator.close();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.get("/health").send())
        .isInstanceOf(java.io.UncheckedIOException.class);
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(emulator::createProject);
  }
}
