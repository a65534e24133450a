package dev.amba.internal.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK version, written once by the build into {@code sdk-version.properties}. */
public final class SdkVersion {

  public static final String VERSION = load();

  /** The {@code X-SDK-Version} value. */
  public static final String HEADER_VALUE = "amba-java/" + VERSION;

  public static final String USER_AGENT =
      "amba-java/" + VERSION + " (Java " + Runtime.version().feature() + "; " + System.getProperty("java.vendor", "?") + ")";

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("amba-core is missing dev/amba/internal/util/sdk-version.properties");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      if (v == null || v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException("amba-core was built without its version: " + v);
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
