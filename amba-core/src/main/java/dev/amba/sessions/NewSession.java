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

  /**
   * A session to start, with nothing but its id.
   *
   * @param sessionId the app's own id of the session, 1..128 characters, not blank and usable as one
   *     URL path segment; starting it again answers the same row
   * @return the session to start
   * @throws IllegalArgumentException if {@code sessionId} breaks that rule
   */
  public static NewSession of(String sessionId) {
    return new NewSession(FieldMap.empty().with("session_id", SessionArguments.sessionId(sessionId)));
  }

  /**
   * The platform, such as {@code ios}, at most 128 characters.
   *
   * @param platform the platform's name, 1 to 128 characters, not blank
   * @return a copy with it set
   * @throws IllegalArgumentException if {@code platform} is null, blank, longer than 128 characters or
   *     holds an unpaired surrogate
   */
  public NewSession platform(String platform) {
    return new NewSession(fields.with("platform", TextArguments.require(platform, "platform", 1, 128)));
  }

  /**
   * The app's version, such as {@code 2.4.0}, at most 128 characters.
   *
   * @param appVersion the version, 1 to 128 characters, not blank
   * @return a copy with it set
   * @throws IllegalArgumentException if {@code appVersion} is null, blank, longer than 128 characters or
   *     holds an unpaired surrogate
   */
  public NewSession appVersion(String appVersion) {
    return new NewSession(fields.with("app_version", TextArguments.require(appVersion, "appVersion", 1, 128)));
  }

  /**
   * The device model, such as {@code iPhone15,2}, at most 128 characters.
   *
   * @param deviceModel the model's name, 1 to 128 characters, not blank
   * @return a copy with it set
   * @throws IllegalArgumentException if {@code deviceModel} is null, blank, longer than 128 characters or
   *     holds an unpaired surrogate
   */
  public NewSession deviceModel(String deviceModel) {
    return new NewSession(fields.with("device_model", TextArguments.require(deviceModel, "deviceModel", 1, 128)));
  }

  /**
   * The app's own data about the session, kept with it.
   *
   * @param metadata JSON-compatible values by name, deep-copied
   * @return a copy with the metadata set
   * @throws NullPointerException if {@code metadata} is null
   * @throws IllegalArgumentException if a value is one JSON cannot carry, naming its path
   */
  public NewSession metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return new NewSession(fields.with("metadata", JsonProperties.copy(metadata, "metadata")));
  }

  /**
   * The session id it starts.
   *
   * @return the id given to {@link #of}
   */
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
