package dev.amba.testkit.internal.achievements;

import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.engagement.XpCredits;
import dev.amba.testkit.internal.store.EventStore;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The values criteria measure for one user (14.4 #1), each read once per evaluation or answer and
 * only when a criterion asks for it: the user's event counts (one pass over the user's events),
 * total XP, streak runs and profile properties.
 */
final class Measures {

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Stores stores;
  private final XpCredits xp;
  private final StreakReadings streaks;
  private final String projectId;
  private final String userId;
  private Map<String, Long> eventCounts;
  private Integer totalXp;
  private final Map<String, Integer> longest = new HashMap<>();
  private JsonObject properties;

  Measures(Stores stores, XpCredits xp, StreakReadings streaks, String projectId, String userId) {
    this.stores = stores;
    this.xp = xp;
    this.streaks = streaks;
    this.projectId = projectId;
    this.userId = userId;
  }

  /**
   * The value the criteria measure now. A property value is floored to a whole number, which
   * reaches an integer target exactly when the number does, and bounded to the long range.
   */
  long value(JsonObject criteria) throws SQLException {
    switch (Criteria.type(criteria)) {
      case Criteria.EVENT_COUNT:
        return eventCounts().getOrDefault(criteria.getString("event_name"), 0L);
      case Criteria.STREAK_LENGTH:
        String id = criteria.getString("streak_definition_id");
        Integer run = longest.get(id);
        if (run == null) {
          run = streaks.longestCount(projectId, userId, id);
          longest.put(id, run);
        }
        return run;
      case Criteria.XP_THRESHOLD:
        if (totalXp == null) {
          totalXp = xp.totalXp(projectId, userId);
        }
        return totalXp;
      case Criteria.PROPERTY_VALUE:
        JsonValue v = properties().get(criteria.getString("property_key"));
        if (!(v instanceof JsonNumber n)) {
          return 0;
        }
        BigDecimal floor = n.bigDecimalValue().setScale(0, RoundingMode.FLOOR);
        return floor.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : floor.max(LONG_MAX.negate()).longValueExact();
      default:
        // Stored criteria passed Criteria.check; a type it does not know never reaches the table.
        throw new IllegalStateException("unknown criteria type " + Criteria.type(criteria));
    }
  }

  /** Every event the user has stored, derived ones included, counted by name in one pass. */
  private Map<String, Long> eventCounts() throws SQLException {
    if (eventCounts == null) {
      Map<String, Long> counts = new HashMap<>();
      stores.events().scan(new EventStore.Filter(projectId, null, null, null, userId), false,
          (name, at, json) -> counts.merge(name, 1L, Long::sum));
      eventCounts = counts;
    }
    return eventCounts;
  }

  private JsonObject properties() throws SQLException {
    if (properties == null) {
      properties = stores.users().findInProject(projectId, userId).map(UserRow::properties)
          .orElse(JsonValue.EMPTY_JSON_OBJECT);
    }
    return properties;
  }
}
