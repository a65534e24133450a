package dev.amba.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;

/** Tomcat 10.1 deploying a WAR file as a standalone Tomcat would: expanded, with its own class loader. */
final class EmbeddedTomcat implements AutoCloseable {

  final Tomcat tomcat;
  final Context context;

  EmbeddedTomcat(Path war) throws IOException {
    tomcat = new Tomcat();
    Path baseDir = Files.createTempDirectory(workDirectory(), "tomcat");
    // The host expands the WAR into its appBase, as a standalone Tomcat does with webapps/.
    Files.createDirectories(baseDir.resolve("webapps"));
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.setAddDefaultWebXmlToWebapp(false);
    context = tomcat.addWebapp("", war.toAbsolutePath().toString());
    try {
      tomcat.start();
    } catch (LifecycleException failedWebapp) {
      // Reported by started(); Tomcat has logged the cause.
    }
  }

  boolean started() {
    return context.getState() == LifecycleState.STARTED;
  }

  String base() {
    return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
  }

  /** Under target/, so a clean build removes what the servers unpacked. */
  static Path workDirectory() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("it.work", "target/it-work")));
  }

  static Path war(String name) {
    return Path.of(System.getProperty("it.containers", "target/containers")).resolve(name);
  }
}
