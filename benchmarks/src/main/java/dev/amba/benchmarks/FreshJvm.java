package dev.amba.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this module in a new JVM: the same java, the same class path. */
final class FreshJvm {

  private FreshJvm() {}

  /** What the child printed, and when it was started by this process's clock. */
  record Result(long spawnedAtMillis, List<String> stdout) {
    /** The value of {@code key=value} on the child's line that starts with {@code tag}. */
    double value(String tag, String key) {
      for (String line : stdout) {
        if (line.startsWith(tag + " ")) {
          for (String part : line.substring(tag.length() + 1).split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(key)) {
              return Double.parseDouble(part.substring(eq + 1));
            }
          }
        }
      }
      throw new IllegalStateException("the probe printed no " + tag + " " + key + ": " + stdout);
    }
  }

  static Result run(List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    long spawned = System.currentTimeMillis();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(main.getSimpleName() + " did not finish in 120 s");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " exited with " + p.exitValue() + ":\n" + out);
    }
    return new Result(spawned, List.of(out.split("\\R")));
  }
}
