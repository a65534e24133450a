package dev.amba.wire;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An emulator in a JVM of its own, for what a shared test JVM cannot show: a small heap, or the
 * JDK server's settings, which it reads once per JVM. {@link #main} prints the server properties
 * it runs with, then {@code READY <api url> <project id> <client key> <server key> <pat>}, and stops when
 * its standard input ends.
 */
public final class ChildEmulator implements AutoCloseable {
  /** The JDK server settings the emulator sets when the user has not. */
  public static final List<String> SERVER_PROPERTIES = List.of("sun.net.httpserver.idleInterval",
      "sun.net.httpserver.maxIdleConnections", "sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime",
      "sun.net.httpserver.drainAmount");

  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final String apiUrl;
  private final EmulatorProject project;

  private ChildEmulator(List<String> jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath(), ChildEmulator.class.getName()));
    this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.startsWith("READY ")) {
      output.add(line);
    }
    if (line == null) {
      process.destroyForcibly();
      throw new IllegalStateException("the child emulator did not start: " + output);
    }
    String[] ready = line.split(" ");
    this.apiUrl = ready[1];
    this.project = new EmulatorProject(ready[2], ready[3], ready[4], ready[5]);
    // Keeps the pipe drained, so a chatty child never blocks on a full buffer.
    Thread drain = new Thread(() -> {
      try {
        for (String more; (more = lines.readLine()) != null; ) {
          synchronized (output) {
            output.add(more);
          }
        }
      } catch (IOException ended) {
        // The child is gone.
      }
    }, "child-emulator-output");
    drain.setDaemon(true);
    drain.start();
  }

  /** Starts a child JVM with these options ({@code -Xmx64m}, {@code -Dname=value}, ...). */
  public static ChildEmulator start(String... jvmOptions) throws IOException {
    return new ChildEmulator(List.of(jvmOptions));
  }

  public String apiUrl() {
    return apiUrl;
  }

  public int port() {
    return Integer.parseInt(apiUrl.substring(apiUrl.lastIndexOf(':') + 1));
  }

  public EmulatorProject project() {
    return project;
  }

  /** The value of {@code name} the child printed before READY, or null when it had none. */
  public String property(String name) {
    for (String line : output()) {
      if (line.startsWith("PROPERTY " + name + "=")) {
        String value = line.substring(("PROPERTY " + name + "=").length());
        return value.equals("null") ? null : value;
      }
    }
    throw new IllegalStateException("the child printed no line for " + name);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String classPath() {
    // Surefire may start tests from a manifest-only jar; it records the real class path here.
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    try (AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).start()) {
      for (String name : SERVER_PROPERTIES) {
        out.println("PROPERTY " + name + "=" + System.getProperty(name));
      }
      EmulatorProject p = emulator.defaultProject();
      out.println("READY " + emulator.apiUrl() + " " + p.projectId() + " " + p.clientKey() + " " + p.serverKey() + " " + p.pat());
      out.flush();
      while (System.in.read() >= 0) {
        // Runs until the parent closes our standard input.
      }
    }
  }
}
