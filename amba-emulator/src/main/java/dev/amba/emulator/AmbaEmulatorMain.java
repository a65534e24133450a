package dev.amba.emulator;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the emulator standalone until the process is stopped:
 * {@code java -jar amba-emulator-<version>.jar --port 8787 --data-dir ./amba-data}. Prints the API
 * URL, the project id, both keys, the developer PAT and the console URL, which is what a developer
 * needs to point an app at it; {@code --print-config} prints them as one JSON line for scripts.
 *
 * <p>Exit codes: 0 after {@code --help} or when stopped; 2 for a bad option, a seed file that cannot
 * be read or applied, a port in use or a data directory another emulator holds (one line on stderr
 * naming it); 1 for anything else.
 */
public final class AmbaEmulatorMain {
  private static final int DEFAULT_PORT = 8787;
  private static final String DEFAULT_HOST = "127.0.0.1";
  private static final String NAME = "amba-emulator";

  private AmbaEmulatorMain() {}

  /** What the command line asked for. */
  private static final class Options {
    int port = DEFAULT_PORT;
    String host = DEFAULT_HOST;
    Path dataDir;
    Path seed;
    Path export;
    boolean printConfig;
    boolean help;
  }

  /** A problem to report on one line, exiting with {@link #code}. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int code;

    Failure(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  /**
   * Starts the emulator and blocks until the process is stopped (Ctrl+C, SIGTERM); the emulator
   * then writes the export when asked and closes.
   *
   * @param args the options {@code --help} lists: {@code --port}, {@code --host}, {@code --data-dir},
   *     {@code --seed}, {@code --export}, {@code --print-config}
   * @throws InterruptedException if the main thread is interrupted while the emulator runs
   */
  public static void main(String[] args) throws InterruptedException {
    Options options;
    AmbaEmulator emulator;
    try {
      options = parse(args);
      if (options.help) {
        System.out.println(usage());
        return;
      }
      emulator = start(options);
    } catch (Failure f) {
      System.err.println(NAME + ": " + oneLine(f.getMessage()));
      System.exit(f.code);
      return;
    }
    report(emulator, options);
    // The emulator closes itself when the JVM exits (writing the export first); until then, wait.
    Thread.currentThread().join();
  }

  private static Options parse(String[] args) throws Failure {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        inline = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--port" -> o.port = port(inline != null ? inline : value(args, ++i, arg));
        case "--host" -> o.host = text(inline != null ? inline : value(args, ++i, arg), arg);
        case "--data-dir" -> o.dataDir = Path.of(text(inline != null ? inline : value(args, ++i, arg), arg));
        case "--seed" -> o.seed = Path.of(text(inline != null ? inline : value(args, ++i, arg), arg));
        case "--export" -> o.export = Path.of(text(inline != null ? inline : value(args, ++i, arg), arg));
        case "--print-config" -> o.printConfig = flag(inline, arg);
        case "-h", "--help" -> o.help = flag(inline, arg);
        default -> throw new Failure(2, "unknown option " + arg + " (see --help)");
      }
    }
    return o;
  }

  private static AmbaEmulator start(Options o) throws Failure {
    AmbaEmulator.Builder builder = AmbaEmulator.builder().port(o.port).quiet(true);
    try {
      builder.host(o.host);
    } catch (IllegalArgumentException e) {
      throw new Failure(2, "--host " + e.getMessage());
    }
    if (o.dataDir != null) {
      builder.dataDirectory(o.dataDir);
    }
    if (o.export != null) {
      builder.exportOnClose(o.export);
    }
    if (o.seed != null) {
      if (!Files.isReadable(o.seed)) {
        throw new Failure(2, "cannot read the seed file " + o.seed + (Files.exists(o.seed) ? "" : ": no such file"));
      }
      builder.seed(o.seed);
    }
    AmbaEmulator emulator;
    try {
      emulator = builder.start();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof BindException) {
        throw new Failure(2, "port " + o.port + " on " + o.host + " is in use (--port 0 picks a free one)");
      }
      throw new Failure(2, e.getMessage());
    } catch (IllegalArgumentException e) {
      // A seed that cannot be read or applied; the message names the file and the JSON path.
      throw new Failure(2, e.getMessage());
    } catch (IllegalStateException e) {
      throw new Failure(2, (o.dataDir == null ? "" : "data directory " + o.dataDir + ": ") + e.getMessage());
    }
    if (o.seed != null && !emulator.seeded()) {
      System.err.println(NAME + ": seed " + o.seed + " not applied: " + o.dataDir
          + " already has data (a seed applies to a new, empty data directory only)");
    }
    return emulator;
  }

  /** The banner (to stderr with {@code --print-config}, so stdout holds the JSON line alone). */
  private static void report(AmbaEmulator emulator, Options o) {
    PrintStream human = o.printConfig ? System.err : System.out;
    EmulatorProject project = emulator.defaultProject();
    if (emulator.consoleTokenRequired()) {
      System.err.println(NAME + ": WARNING: listening on " + o.host + ", beyond this machine: anyone who can reach"
          + " it can call the API with the keys below; the console and every /_emulator/* route require the"
          + " console token");
    }
    human.println("Amba emulator listening on " + emulator.apiUrl());
    human.println("  data:       " + (o.dataDir == null ? "in memory (gone when stopped)" : o.dataDir.toAbsolutePath()));
    human.println("  project id: " + project.projectId());
    human.println("  client key: " + project.clientKey());
    human.println("  server key: " + project.serverKey());
    human.println("  PAT:        " + project.pat() + " (email and experiments admin)");
    human.println("  console:    " + emulator.consoleUrl());
    if (emulator.consoleTokenRequired()) {
      human.println("  console token: " + emulator.consoleToken() + " (X-Emulator-Token header or ?token=)");
    }
    if (o.export != null) {
      human.println("  export:     " + o.export.toAbsolutePath() + " when stopped");
    }
    human.println();
    human.println("  AMBA_API_URL=" + emulator.apiUrl() + " AMBA_PROJECT_ID=" + project.projectId()
        + " AMBA_CLIENT_KEY=" + project.clientKey() + " AMBA_SERVER_KEY=" + project.serverKey()
        + " AMBA_PAT=" + project.pat());
    human.println("Stop with Ctrl+C.");
    human.flush();
    if (o.printConfig) {
      System.out.println(configLine(emulator));
      System.out.flush();
    }
  }

  private static String configLine(AmbaEmulator emulator) {
    EmulatorProject project = emulator.defaultProject();
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("url", emulator.apiUrl())
        .add("project_id", project.projectId())
        .add("client_key", project.clientKey())
        .add("server_key", project.serverKey())
        .add("pat", project.pat())
        .add("console_url", emulator.consoleUrl());
    if (emulator.consoleTokenRequired()) {
      json.add("console_token", emulator.consoleToken());
    }
    StringWriter out = new StringWriter();
    Json.createWriter(out).writeObject(json.build());
    return out.toString();
  }

  private static String value(String[] args, int i, String option) throws Failure {
    if (i >= args.length) {
      throw new Failure(2, option + " needs a value (see --help)");
    }
    return args[i];
  }

  private static String text(String value, String option) throws Failure {
    if (value.isBlank()) {
      throw new Failure(2, option + " needs a value (see --help)");
    }
    return value;
  }

  private static boolean flag(String inline, String option) throws Failure {
    if (inline != null) {
      throw new Failure(2, option + " takes no value");
    }
    return true;
  }

  private static int port(String text) throws Failure {
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // Reported below.
    }
    throw new Failure(2, "--port needs a number from 0 to 65535, not " + text);
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar amba-emulator.jar [options]",
        "  --port N          port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)",
        "  --host H          address to listen on (default " + DEFAULT_HOST + "); any other host prints a",
        "                    warning and makes the console and every /_emulator/* route require the",
        "                    console token printed at start",
        "  --data-dir DIR    keep the data in DIR across restarts (default: in memory)",
        "  --seed FILE       create the projects, users, collections, rows, streaks, currencies,",
        "                    leaderboards, flags and config of FILE (docs/emulator-seed.md) on an empty",
        "                    data directory; a data directory that already has data keeps it, and the",
        "                    seed is not applied",
        "  --export FILE     when stopped (Ctrl+C, SIGTERM), write everything to FILE in the seed format",
        "  --print-config    print one JSON line on stdout: url, project_id, client_key, server_key, pat,",
        "                    console_url (and console_token when required); everything else goes to stderr",
        "  -h, --help        print this help",
        "Exit code 2: a bad option, an unreadable or invalid seed, a port in use.");
  }
}
