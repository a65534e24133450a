package dev.amba.diagnostics;

/**
 * What the API says of the client key it was sent. Holds no secret: the key itself never comes
 * back, only a fingerprint of it.
 *
 * @param ok whether the key belongs to a project
 * @param serverProjectId the key's project; null unless {@code ok}
 * @param environment {@code development} or {@code production}; null unless {@code ok}
 * @param keyFingerprint a short one-way digest of the key sent ({@code sha256:} and 16 hex
 *     digits), to tell keys apart in logs without showing them; null when no key reached the API
 * @param latencyMs how long the API took to look the key up, in milliseconds
 * @param error why not {@code ok}, as a lower_snake code such as {@code invalid_api_key}; null when ok
 */
public record DiagnosticsPing(boolean ok, String serverProjectId, String environment, String keyFingerprint,
    long latencyMs, String error) {}
