package dev.amba.examples.webhook.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;

/**
 * Tomcat 10.1 serving the exploded webapp exactly as a standalone Tomcat would serve the WAR: its
 * own class loader over {@code WEB-INF/lib}, {@code web.xml}, container initializers.
 */
final class EmbeddedTomcat implements AutoCloseable {

  private final Tomcat tomcat;
  private final Path baseDir;

  private EmbeddedTomcat(Tomcat tomcat, Path baseDir) {
    this.tomcat = tomcat;
    this.baseDir = baseDir;
  }

  /**
   * @param port 0 for any free port
   * @throws IllegalStateException if the webapp did not start (the cause is in Tomcat's log)
   */
  static EmbeddedTomcat start(Path webapp, int port) {
    Path baseDir;
    try {
      baseDir = Files.createTempDirectory("webhook-service-tomcat");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(port);
    // Loopback only: this is a development server.
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    // No JSP servlet (Jasper is not on the class path) and no default servlet: the app is all JAX-RS.
    tomcat.setAddDefaultWebXmlToWebapp(false);
    Context context = tomcat.addWebapp("", webapp.toAbsolutePath().toString());
    EmbeddedTomcat server = new EmbeddedTomcat(tomcat, baseDir);
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      server.close();
      throw new IllegalStateException("Tomcat did not start: " + e.getMessage(), e);
    }
    if (context.getState() != LifecycleState.STARTED) {
      server.close();
      throw new IllegalStateException("the webapp did not start; Tomcat's log above says why");
    }
    return server;
  }

  int port() {
    return tomcat.getConnector().getLocalPort();
  }

  void await() {
    tomcat.getServer().await();
  }

  @Override
  public void close() {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      System.err.println("Tomcat did not stop cleanly: " + e.getMessage());
    }
    deleteQuietly(baseDir);
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temp directory left behind is harmless.
    }
  }
}
