package dev.amba.sessions;

import dev.amba.internal.WireForms;
import dev.amba.internal.sessions.SessionArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.TextArguments;
import java.util.Map;
import java.util.Objects;

/** A session to start. Immutable: each method returns a new value. */
public final class NewSession {

  static {
    WireForms.register(NewSession.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewSession(FieldMap fields) {
    this.fields = fields;
  }

  /** @param sessionId the app's own id of the session, 1..128 characters; starting it again answers the same row */
  public static NewSession of(String sessionId) {
    return new NewSession(FieldMap.empty().with("session_id", SessionArguments.sessionId(sessionId)));
  }

  /** The platform, such as {@code ios}, at most 128 characters. */
  public NewSession platform(String platform) {
    return new NewSession(fields.with("platform", TextArguments.require(platform, "platform", 1, 128)));
  }

  public NewSession appVersion(String appVersion) {
    return new NewSession(fields.with("app_version", TextArguments.require(appVersion, "appVersion", 1, 128)));
  }

  public NewSession deviceModel(String deviceModel) {
    return new NewSession(fields.with("device_model", TextArguments.require(deviceModel, "deviceModel", 1, 128)));
  }

  public NewSession metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return new NewSession(fields.with("metadata", JsonProperties.copy(metadata, "metadata")));
  }

  /** The session id it starts. */
  public String sessionId() {
    return (String) fields.get("session_id");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewSession other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
