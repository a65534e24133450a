package dev.amba.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.auth.AuthSession;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Query;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a process the way a developer runs it: {@code java -jar
 * amba-emulator-<version>.jar ...}. Every wait is bounded and every process is killed in finally.
 */
class EmulatorJarIT {
  /** Generous for a loaded 2-core CI machine; the jar starts in about a second when idle. */
  private static final Duration START = Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path dir;

  /** A running jar: its stdout lines as they come, its stderr kept. */
  private static final class Run implements AutoCloseable {
    final Process process;
    final LinkedBlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    final List<String> stdoutSeen = Collections.synchronizedList(new ArrayList<>());
    final StringBuffer stderr = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    Run(String... args) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).start();
      outReader = pump(process.getInputStream(), line -> {
        stdoutSeen.add(line);
        stdout.add(line);
      });
      errReader = pump(process.getErrorStream(), line -> stderr.append(line).append('\n'));
    }

    private static Thread pump(InputStream in, java.util.function.Consumer<String> sink) {
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            sink.accept(line);
          }
        } catch (IOException ignored) {
          // The process ended.
        }
      });
      t.setDaemon(true);
      t.start();
      return t;
    }

    /** The --print-config line, parsed. */
    JsonObject config() throws InterruptedException {
      String line = stdout.poll(START.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(line).as("the config line within " + START + "; stderr: " + stderr).isNotNull();
      return Json.createReader(new java.io.StringReader(line)).readObject();
    }

    /** Waits for the exit and the last output. */
    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(START.toMillis(), TimeUnit.MILLISECONDS)).as("exited; stderr: " + stderr).isTrue();
      outReader.join(10_000);
      errReader.join(10_000);
      return process.exitValue();
    }

    /** SIGTERM, as Ctrl+C or a service manager stops it, and the exit code. */
    int stop() throws InterruptedException {
      process.destroy();
      return exitCode();
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  static Path jar() {
    String jar = System.getProperty("emulator.jar");
    assertThat(jar).as("the emulator.jar system property (set by the POM)").isNotNull();
    return Path.of(jar);
  }

  private static AmbaClient client(JsonObject config) {
    return AmbaClient.configure(AmbaConfig.builder()
        .apiUrl(config.getString("url"))
        .projectId(config.getString("project_id"))
        .clientKey(config.getString("client_key"))
        .serverKey(config.getString("server_key"))
        .pat(config.getString("pat"))
        .build());
  }

  static String documentedSeed() throws IOException {
    String doc = System.getProperty("seed.doc");
    assertThat(doc).as("the seed.doc system property (set by the POM)").isNotNull();
    String text = Files.readString(Path.of(doc));
    int start = text.indexOf("```json\n");
    return text.substring(start + 8, text.indexOf("```", start + 8));
  }

  private static HttpResponse<String> advanceClock(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/_emulator/clock"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"advance_seconds\": 60}"));
    if (token != null) {
      request.header("X-Emulator-Token", token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void printConfig_isOneJsonLineOnStdout_andTheSdkWorksAgainstIt() throws Exception {
    try (Run run = new Run("--port", "0", "--print-config")) {
      JsonObject config = run.config();
      assertThat(config.keySet()).containsExactlyInAnyOrder("url", "project_id", "client_key", "server_key", "pat",
          "console_url");
      assertThat(config.getString("url")).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(config.getString("console_url")).isEqualTo(config.getString("url") + "/_emulator/console");
      try (AmbaClient amba = client(config)) {
        AuthSession session = amba.auth().signInAnonymously();
        assertThat(amba.asUser(session.user().id()).users().me().id()).isEqualTo(session.user().id());
      }
      assertThat(run.stop()).isNotEqualTo(2);
      // The banner went to stderr: stdout held the one line alone.
      assertThat(run.stdoutSeen).hasSize(1);
      assertThat(run.stderr.toString()).contains("Amba emulator listening on " + config.getString("url"));
    }
  }

  @Test
  void help_printsTheOptions_andExits0() throws Exception {
    try (Run run = new Run("--help")) {
      assertThat(run.exitCode()).isZero();
      assertThat(String.join("\n", run.stdoutSeen)).contains("--port", "--host", "--data-dir", "--seed", "--export",
          "--print-config");
    }
  }

  @Test
  void aBadOption_exits2_naming_it() throws Exception {
    try (Run run = new Run("--port", "0", "--colour", "blue")) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.stderr.toString()).isEqualTo("amba-emulator: unknown option --colour (see --help)\n");
    }
    try (Run run = new Run("--port", "99999")) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.stderr.toString()).contains("--port", "99999").hasLineCount(1);
    }
  }

  @Test
  void aPortInUse_exits2_naming_it() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
         Run run = new Run("--port", Integer.toString(taken.getLocalPort()))) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.stderr.toString()).isEqualTo("amba-emulator: port " + taken.getLocalPort()
          + " on 127.0.0.1 is in use (--port 0 picks a free one)\n");
    }
  }

  @Test
  void anUnreadableOrInvalidSeed_exits2_namingTheFileAndTheJsonPath() throws Exception {
    Path missing = dir.resolve("missing.json");
    try (Run run = new Run("--port", "0", "--seed", missing.toString())) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.stderr.toString()).contains(missing.toString()).hasLineCount(1);
    }
    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, documentedSeed().replace("\"initial_balance\": 100", "\"initial_balance\": -5"));
    try (Run run = new Run("--port", "0", "--seed", invalid.toString(), "--data-dir", dir.resolve("data").toString())) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.stderr.toString()).startsWith("amba-emulator: " + invalid + ": $.projects[0].currencies[0].initial_balance: ")
          .hasLineCount(1);
    }
  }

  @Test
  void aSeed_isWhatTheSdkReads() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, documentedSeed());
    try (Run run = new Run("--port", "0", "--print-config", "--seed", seed.toString())) {
      JsonObject config = run.config();
      assertThat(config.getString("project_id")).isEqualTo("proj_demo");
      try (AmbaClient amba = client(config)) {
        assertThat(amba.asUser("user_ann").users().me().displayName()).isEqualTo("Ann");
        assertThat(amba.asUser("user_ann").collection("notes").findAll(Query.all()).stream().toList())
            .singleElement().satisfies(row -> assertThat(row).containsEntry("title", "groceries"));
        assertThat(amba.asUser("user_bob").config().values()).containsEntry("welcome_text", "Hello from the seed");
      }
    }
  }

  @Test
  void theDataDirectory_isKeptAcrossARestart_andTheExportIsWrittenOnStop() throws Exception {
    Path data = dir.resolve("data");
    Path export = dir.resolve("export.json");
    JsonObject first;
    String uid;
    try (Run run = new Run("--port", "0", "--print-config", "--data-dir", data.toString(),
        "--export", export.toString())) {
      first = run.config();
      try (AmbaClient amba = client(first)) {
        amba.collections().define(CollectionDefinition.of("notes", Column.of("title", ColumnType.TEXT)));
        uid = amba.auth().signInAnonymously().user().id();
        amba.asUser(uid).collection("notes").insert(Map.of("title", "kept"));
      }
      run.stop();
    }
    assertThat(Files.readString(export)).contains("\"title\":\"kept\"", first.getString("server_key"));

    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, documentedSeed());
    try (Run run = new Run("--port", "0", "--print-config", "--data-dir", data.toString(), "--seed", seed.toString())) {
      JsonObject second = run.config();
      assertThat(second.getString("project_id")).isEqualTo(first.getString("project_id"));
      assertThat(second.getString("server_key")).isEqualTo(first.getString("server_key"));
      try (AmbaClient amba = client(second)) {
        assertThat(amba.asUser(uid).collection("notes").findAll(Query.all()).stream().toList())
            .singleElement().satisfies(row -> assertThat(row).containsEntry("title", "kept"));
      }
      assertThat(run.stderr.toString()).contains("seed " + seed + " not applied: " + data + " already has data");
    }
  }

  @Test
  void beyondLoopback_warns_andRequiresTheConsoleToken() throws Exception {
    try (Run run = new Run("--port", "0", "--print-config", "--host", "0.0.0.0")) {
      JsonObject config = run.config();
      assertThat(run.stderr.toString()).contains("WARNING: listening on 0.0.0.0");
      String token = config.getString("console_token");
      assertThat(config.getString("console_url")).endsWith("/_emulator/console?token=" + token);
      String url = "http://127.0.0.1:" + URI.create(config.getString("url")).getPort();
      assertThat(advanceClock(url, null).statusCode()).isEqualTo(401);
      assertThat(advanceClock(url, token).statusCode()).isEqualTo(200);
    }
  }
}
