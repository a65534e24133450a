package dev.amba.wire.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.auth.AuthSession;
import dev.amba.collections.Query;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed format of docs/emulator-seed.md: its example applies, and export and seed agree. */
class SeedWireTest {
  @TempDir Path dir;

  /** The one JSON block of docs/emulator-seed.md, so the documented example is the tested one. */
  static String documentedExample() throws IOException {
    Path doc = Stream.of(Path.of("docs/emulator-seed.md"), Path.of("../docs/emulator-seed.md"))
        .filter(Files::exists).findFirst().orElseThrow(() -> new AssertionError("docs/emulator-seed.md"));
    String text = Files.readString(doc);
    int start = text.indexOf("```json\n");
    int end = text.indexOf("```", start + 8);
    assertThat(start).as("a ```json block in " + doc).isNotNegative();
    return text.substring(start + 8, end);
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void documentedExample_isWhatTheSdkReads() throws IOException {
    Path seed = write("seed.json", documentedExample());
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).seed(seed).start();
         AmbaClient amba = AmbaClient.configure(emulator.config())) {
      assertThat(emulator.seeded()).isTrue();
      EmulatorProject project = emulator.defaultProject();
      assertThat(project.projectId()).isEqualTo("proj_demo");
      assertThat(project.clientKey()).isEqualTo("amb_dev_ck_demo0000000000000000000000000001");
      assertThat(amba.asUser("user_ann").users().me().displayName()).isEqualTo("Ann");
      List<Map<String, Object>> notes = amba.asUser("user_ann").collection("notes").findAll(Query.all())
          .stream().toList();
      assertThat(notes).singleElement().satisfies(row -> {
        assertThat(row).containsEntry("title", "groceries").containsEntry("id", "5b0c3f0e-8d2a-4f7e-9c1a-000000000001");
      });
      assertThat(amba.asUser("user_bob").config().values()).containsEntry("welcome_text", "Hello from the seed");
      assertThat(amba.asUser("user_bob").currencies().balances())
          .anySatisfy(b -> assertThat(b.currencyCode()).isEqualTo("coins"));
      assertThat(amba.streaks().list()).singleElement()
          .satisfies(d -> assertThat(d.key()).isEqualTo("daily_login"));
      assertThat(amba.leaderboards().list()).singleElement()
          .satisfies(b -> assertThat(b.key()).isEqualTo("weekly_xp"));
      assertThat(amba.flags().list()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("new_checkout"));
      // The password was hashed on seeding: the user signs in with it.
      AuthSession signedIn = amba.auth().signInWithEmail("ann@example.com", "correct horse battery staple");
      assertThat(signedIn.user().id()).isEqualTo("user_ann");
    }
  }

  @Test
  void exportSeedExport_givesTheSameDocument() throws IOException {
    Path seed = write("seed.json", documentedExample());
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).seed(seed).start()) {
      String uid = emulator.createUser(emulator.defaultProject());
      try (AmbaClient amba = AmbaClient.configure(emulator.config())) {
        amba.asUser(uid).collection("notes").insert(Map.of("title", "added by the SDK", "stars", 5));
      }
      emulator.export(first);
    }
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).dataDirectory(dir.resolve("data"))
        .seed(first).start()) {
      emulator.export(second);
    }
    String exported = Files.readString(first);
    assertThat(exported).contains("\"format\":\"amba-emulator-seed/1\"", "added by the SDK", "daily_login",
        "welcome_text", "\"code\":\"coins\"", "weekly_xp", "new_checkout", "proj_other", "pbkdf2_sha256$");
    assertThat(Files.readString(second)).isEqualTo(exported);
  }

  @Test
  void aDataDirectoryWithData_keepsItAndIgnoresTheSeed() throws IOException {
    Path data = dir.resolve("data");
    EmulatorProject before;
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).dataDirectory(data).start()) {
      before = emulator.defaultProject();
    }
    Path seed = write("seed.json", documentedExample());
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).dataDirectory(data).seed(seed).start()) {
      assertThat(emulator.seeded()).isFalse();
      assertThat(emulator.defaultProject()).isEqualTo(before);
    }
  }

  @Test
  void aRefusedDefinition_namesTheFileAndTheJsonPath_andLeavesTheDirectoryUnseeded() throws IOException {
    String bad = documentedExample().replace("\"period\": \"daily\"", "\"period\": \"hourly\"");
    Path seed = write("bad.json", bad);
    Path data = dir.resolve("data");
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).dataDirectory(data).seed(seed).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(seed + ": $.projects[0].streaks[0].period: ");
    // Tried in memory first: the directory got no project, so a fixed seed applies next time.
    Path fixed = write("fixed.json", documentedExample());
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).dataDirectory(data).seed(fixed).start()) {
      assertThat(emulator.seeded()).isTrue();
    }
  }

  @Test
  void documentProblems_nameTheJsonPath() throws IOException {
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).seed(write("a.json", "{\"projects\": [{\"users\": "
        + "[{\"email\": \"not-an-email\"}]}]}")).start())
        .hasMessageContaining("a.json: $.projects[0].users[0].email: is not an email address");
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).seed(write("b.json", "{\"projects\": [{\"colour\": 1}]}"))
        .start())
        .hasMessageContaining("b.json: $.projects[0].colour: is not a field here");
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).seed(write("c.json", "{\"projects\": [")).start())
        .hasMessageContaining("c.json: not JSON at line 1");
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).seed(dir.resolve("missing.json")).start())
        .hasMessageContaining("cannot read the seed file " + dir.resolve("missing.json"));
    assertThatThrownBy(() -> AmbaEmulator.builder().quiet(true).seed(write("d.json", "{\"projects\": [{\"collections\": "
        + "[{\"name\": \"notes\", \"columns\": [{\"name\": \"title\", \"type\": \"text\", \"nullable\": false}], "
        + "\"rows\": [{\"user_id\": \"nobody\", \"title\": \"x\"}]}]}]}")).start())
        .hasMessageContaining("d.json: $.projects[0].collections[0].rows[0].user_id: names no user of this project");
  }
}
