/**
 * Diagnostics: whether the configured client key reaches a project of the API, and which one
 * (amba-api-modules.md 38). Reached through {@link dev.amba.AmbaClient#diagnostics()}; needs only
 * the client key.
 *
 * <pre>{@code
 * DiagnosticsPing ping = amba.diagnostics().ping();
 * if (!ping.ok()) {
 *   log.warn("Amba client key rejected: " + ping.error() + " (key " + ping.keyFingerprint() + ")");
 * }
 * }</pre>
 */
package dev.amba.diagnostics;
