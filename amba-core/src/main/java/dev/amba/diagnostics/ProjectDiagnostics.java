package dev.amba.diagnostics;

/** Checks of the client's own setup, from {@code amba.diagnostics()}. */
public interface ProjectDiagnostics {

  /**
   * Asks the API whether the configured client key belongs to a project. A key it does not know
   * is an answer ({@code ok} false), not an exception.
   *
   * @return the API's verdict on the key, with its project and environment when {@code ok}, or
   *     the lower_snake error code when not
   * @throws dev.amba.AmbaTransportException when no answer came at all
   */
  DiagnosticsPing ping();
}
