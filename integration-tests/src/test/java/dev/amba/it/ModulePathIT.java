package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK and the emulator as named modules, the way a JPMS application uses them: a small module
 * that requires dev.amba.testkit is compiled and run on the module path in a child JVM, and calls
 * one route of every answer shape (item, list, offset list, cursor page, config map) with request
 * values and a record of its own. Every other test runs on the class path, where JSON-B's access
 * to the SDK's internal types is never checked.
 */
class ModulePathIT {

  private static final String MODULE_INFO = """
      module demo {
        requires dev.amba.testkit;
        // The caller's row record is bound by JSON-B, as any application's would be.
        opens demo to org.eclipse.yasson;
      }
      """;

  private static final String MAIN = """
      package demo;

      import dev.amba.AmbaClient;
      import dev.amba.AmbaUser;
      import dev.amba.collections.CollectionDefinition;
      import dev.amba.collections.Column;
      import dev.amba.collections.ColumnType;
      import dev.amba.collections.Query;
      import dev.amba.config.NewConfigEntry;
      import dev.amba.entitlements.EntitlementGrant;
      import dev.amba.streaks.NewStreak;
      import dev.amba.testkit.AmbaEmulator;
      import dev.amba.users.ProfileUpdate;
      import dev.amba.users.UserQuery;
      import java.util.Map;

      public class Main {
        public record Note(String id, String title, Integer stars) {}

        public static void main(String[] args) {
          try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start();
               AmbaClient amba = AmbaClient.configure(emulator.config())) {
            System.out.println("health=" + amba.health().isReady());
            String uid = amba.auth().signInAnonymously().user().id();
            AmbaUser user = amba.asUser(uid);
            System.out.println("tracked=" + user.events().track("opened", Map.of("n", 1)).tracked());
            System.out.println("name=" + user.users().update(ProfileUpdate.create().displayName("Mod")).displayName());
            System.out.println("admin-get=" + amba.users().get(uid).id().equals(uid));
            System.out.println("admin-list=" + (amba.users().list(UserQuery.all()).total() >= 1));
            amba.entitlements().grant(uid, EntitlementGrant.active("pro", "stripe"));
            System.out.println("entitlements=" + user.entitlements().list().get(0).entitlementId());
            amba.config().create(NewConfigEntry.of("theme", "dark"));
            System.out.println("config=" + user.config().values().get("theme"));
            amba.collections().define(CollectionDefinition.of("notes",
                Column.of("title", ColumnType.TEXT), Column.optional("stars", ColumnType.INTEGER)));
            Note saved = user.collection("notes", Note.class).insert(new Note(null, "hello", 5));
            System.out.println("inserted=" + saved.title() + "/" + saved.stars() + "/" + (saved.id() != null));
            System.out.println("found=" + user.collection("notes", Note.class).find(Query.all()).items().size());
            amba.streaks().create(NewStreak.of("daily_play", "Daily play", "game.played"));
            System.out.println("streak=" + user.streaks().qualify("daily_play").streak().currentCount());
            System.out.println("level=" + user.xp().balance().currentLevel());
          }
        }
      }
      """;

  @Test
  void theSdkWorksAsNamedModules(@TempDir Path work) throws Exception {
    String output = runOnModulePath(work, MODULE_INFO, MAIN);
    assertThat(output).contains("health=true", "tracked=1", "name=Mod", "admin-get=true", "admin-list=true",
        "entitlements=pro", "config=dark", "inserted=hello/5/true", "found=1",
        "streak=1", "level=1");
  }

  private static final String ADAPTERS_MODULE_INFO = """
      module demo {
        requires dev.amba.testkit;
        requires dev.amba.micrometer;
        requires dev.amba.opentelemetry;
      }
      """;

  private static final String ADAPTERS_MAIN = """
      package demo;

      import dev.amba.AmbaClient;
      import dev.amba.micrometer.AmbaMetrics;
      import dev.amba.micrometer.AmbaObservations;
      import dev.amba.opentelemetry.AmbaTracing;
      import dev.amba.testkit.AmbaEmulator;
      import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
      import io.micrometer.observation.ObservationRegistry;
      import io.opentelemetry.api.OpenTelemetry;

      public class Main {
        public static void main(String[] args) {
          SimpleMeterRegistry registry = new SimpleMeterRegistry();
          try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start();
               AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder()
                   .listener(AmbaMetrics.of(registry))
                   .listener(AmbaObservations.of(ObservationRegistry.create()))
                   .listener(AmbaTracing.of(OpenTelemetry.noop()))
                   .build())) {
            System.out.println("health=" + amba.health().isReady());
            System.out.println("timed=" + (long) registry.get(AmbaMetrics.CALLS).timer().count());
          }
        }
      }
      """;

  /** The adapters' module descriptors resolve against Micrometer's and OpenTelemetry's automatic modules. */
  @Test
  void theMetricsAndTracingAdaptersWorkAsNamedModules(@TempDir Path work) throws Exception {
    String output = runOnModulePath(work, ADAPTERS_MODULE_INFO, ADAPTERS_MAIN);
    assertThat(output).contains("health=true", "timed=1");
  }

  /** Compiles {@code main} as module {@code demo} against the SDK's modules and runs it; its output. */
  private static String runOnModulePath(Path work, String moduleInfo, String main) throws Exception {
    Path src = work.resolve("src");
    Files.createDirectories(src.resolve("demo"));
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve("demo/Main.java"), main);
    Path out = work.resolve("out");
    String modulePath = modulePath();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, System.err, "-d", out.toString(), "--module-path", modulePath,
        src.resolve("module-info.java").toString(), src.resolve("demo/Main.java").toString());
    assertThat(compiled).as("the demo module compiles against the SDK's exports").isZero();

    Path log = work.resolve("run.log");
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + modulePath, "-m", "demo/demo.Main")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = run.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      run.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as(output).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    return output;
  }

  /** The SDK's modules and their runtime dependencies, taken from this test's own class path. */
  private static String modulePath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean sdk = entry.contains("amba-core") || entry.contains("amba-testkit")
          || entry.contains("amba-micrometer") || entry.contains("amba-opentelemetry");
      boolean runtime = name.startsWith("jakarta.json") || name.startsWith("yasson")
          || name.startsWith("parsson") || name.startsWith("h2-") || name.startsWith("junit-jupiter-api")
          || name.startsWith("opentest4j") || name.startsWith("junit-platform-commons")
          || name.startsWith("apiguardian") || name.startsWith("micrometer-") || name.startsWith("HdrHistogram")
          || name.startsWith("LatencyUtils") || name.startsWith("opentelemetry-");
      if (sdk || runtime) {
        entries.add(entry);
      }
    }
    assertThat(entries).as("the SDK on this test's class path").anyMatch(e -> e.contains("amba-core"));
    return String.join(File.pathSeparator, entries);
  }
}
