package dev.amba.push;

import dev.amba.internal.WireForms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A one-off test notification, to one user's devices or, without {@link #toUser}, to every active
 * token of the project. Immutable.
 */
public final class TestPush {

  static {
    WireForms.register(TestPush.class, TestPush::fields);
  }

  private final Map<String, Object> fields;

  private TestPush(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A test notification with this title and body, to every active token of the project.
   *
   * @param title the notification title, not blank
   * @param body the notification body, not blank
   * @return the test push
   * @throws NullPointerException if {@code title} or {@code body} is null
   * @throws IllegalArgumentException if {@code title} or {@code body} is blank
   */
  public static TestPush of(String title, String body) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", CampaignFields.text(title, "title"));
    f.put("body", CampaignFields.text(body, "body"));
    return new TestPush(Collections.unmodifiableMap(f));
  }

  /**
   * The custom payload delivered with the notification.
   *
   * @param data the payload's fields: non-empty string keys, JSON-compatible values; copied
   * @return a copy with this payload
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException for a null or empty key
   */
  public TestPush data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with("data", copy);
  }

  /**
   * Sends only to this user's devices.
   *
   * @param userId the app user's id, not blank
   * @return a copy addressed to that user
   * @throws NullPointerException if {@code userId} is null
   * @throws IllegalArgumentException if {@code userId} is blank
   */
  public TestPush toUser(String userId) {
    return with("user_id", CampaignFields.text(userId, "userId"));
  }

  /** The wire fields. */
  private Map<String, Object> fields() {
    return fields;
  }

  private TestPush with(String key, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    next.put(key, value);
    return new TestPush(Collections.unmodifiableMap(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestPush t && t.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "TestPush" + fields.keySet();
  }
}
