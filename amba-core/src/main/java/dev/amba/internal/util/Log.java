package dev.amba.internal.util;

import java.lang.System.Logger;

/**
 * The SDK's logger, {@code dev.amba}, in a holder of its own: looking up a System.Logger starts the
 * logging back end (java.util.logging's LogManager by default), which is start-up work a client
 * should not pay in {@code configure} but on its first log check.
 */
public final class Log {

  public static final Logger LOG = System.getLogger("dev.amba");

  private Log() {}
}
