package dev.amba.it;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server run as a process of its own (Payara Micro, WildFly, Open Liberty), its console read line
 * by line: {@link #awaitReady} waits for the line that says it is ready, bounded, and fails with the
 * log's tail when the server reports a failure, exits or takes too long. {@link #close} stops the
 * whole process tree (the servers' start scripts run the JVM as a child), also when the test JVM
 * itself goes away first.
 */
final class ServerProcess implements AutoCloseable {

  private static final int TAIL_LINES = 60;
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final String name;
  private final Path log;
  private final Process process;
  private final Thread shutdownHook;
  private final ArrayDeque<String> tail = new ArrayDeque<>();
  private final CompletableFuture<String> outcome = new CompletableFuture<>();
  private final Predicate<String> ready;
  private final Predicate<String> failed;

  /**
   * Starts {@code builder} with its error stream merged into its output, which is also copied whole
   * to {@code log} (under target/, to read after a failure). The server is ready once it prints a
   * line matching {@code readyLine}; a line matching {@code failureLine} means it will never be.
   */
  ServerProcess(String name, ProcessBuilder builder, Path log, Predicate<String> readyLine,
      Predicate<String> failureLine) throws IOException {
    this.name = name;
    this.log = log;
    this.ready = readyLine;
    this.failed = failureLine;
    Files.createDirectories(log.getParent());
    process = builder.redirectErrorStream(true).start();
    shutdownHook = new Thread(this::stopTree, name + "-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    Thread reader = new Thread(this::read, name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * A builder for {@code command} whose environment has none of the developer's own {@code AMBA_*}
   * settings: each server gets exactly the emulator's.
   */
  static ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("AMBA_"));
    return builder;
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        copy.write(line);
        copy.newLine();
        copy.flush();
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
        if (failed.test(line)) {
          outcome.completeExceptionally(new AssertionError(name + " reported a failure: " + line));
        } else if (ready.test(line)) {
          outcome.complete(line);
        }
      }
    } catch (IOException e) {
      outcome.completeExceptionally(new UncheckedIOException(e));
    } finally {
      outcome.completeExceptionally(new AssertionError(name + " exited before it was ready"));
    }
  }

  /**
   * Waits for the ready line; the failure line, the process ending, or {@code limit} passing fails
   * the test with the tail of the server's log.
   */
  void awaitReady(Duration limit) {
    try {
      outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(name + " not ready after " + limit + "; " + logTail(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause().getMessage() + "; " + logTail(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(name + ": interrupted while waiting for it", e);
    }
  }

  private List<String> tailLines() {
    synchronized (tail) {
      return List.copyOf(tail);
    }
  }

  private String logTail() {
    return "the end of its log (all of it in " + log + "):\n" + tail();
  }

  /** The server's last lines of output, for assertion messages. */
  String tail() {
    return String.join("\n", tailLines());
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it stops the tree itself.
    }
    stopTree();
  }

  private void stopTree() {
    // The whole tree at once, since a start script's JVM is its child and would outlive it: a
    // graceful stop (SIGTERM, on which each server shuts down cleanly), then a forced one.
    List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  /** A port free on the loopback interface now (the server binds it a moment later). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The JVM running the tests, for servers started with their own scripts ({@code JAVA_HOME}). */
  static String javaHome() {
    return System.getProperty("java.home");
  }

  /** {@code dir} removed with everything in it, so a server starts from a fresh directory. */
  static Path emptied(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }
}
