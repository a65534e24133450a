/**
 * A local, in-process emulator of the Amba API and its JUnit 5 extension.
 */
module dev.amba.testkit {
  requires transitive dev.amba.core;
  requires jakarta.json;
  requires java.sql;
  requires com.h2database;
  requires jdk.httpserver;
  requires java.net.http;
  // Only the JUnit extension needs it; the emulator itself runs without JUnit.
  requires static org.junit.jupiter.api;

  exports dev.amba.testkit;
  // H2 calls the emulator's SQL functions (LikePattern) by reflection.
  exports dev.amba.testkit.internal.h2 to com.h2database;
}
