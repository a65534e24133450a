package dev.amba.push;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The argument checks and wire spellings shared by {@link NewCampaign} and {@link CampaignUpdate}. */
final class CampaignFields {

  private CampaignFields() {}

  static String text(String value, String argument) {
    Objects.requireNonNull(value, argument);
    if (value.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be blank");
    }
    return value;
  }

  static Map<String, Object> data(Map<String, ?> data) {
    Objects.requireNonNull(data, "data");
    Map<String, Object> copy = new LinkedHashMap<>();
    data.forEach((k, v) -> {
      if (k == null || k.isEmpty()) {
        throw new IllegalArgumentException("data: keys must be non-empty strings");
      }
      copy.put(k, v);
    });
    return Collections.unmodifiableMap(copy);
  }

  static void absolute(Map<String, Object> fields, Instant at) {
    Objects.requireNonNull(at, "scheduledAt");
    fields.put("delivery_mode", DeliveryMode.ABSOLUTE.value());
    fields.put("scheduled_at", at.toString());
    fields.remove("local_date");
    fields.remove("local_time");
  }

  static void local(Map<String, Object> fields, LocalDate date, LocalTime time) {
    Objects.requireNonNull(date, "localDate");
    Objects.requireNonNull(time, "localTime");
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("localTime is a wall-clock minute (HH:mm), got " + time);
    }
    fields.put("delivery_mode", DeliveryMode.LOCAL_TIME.value());
    fields.put("local_date", date.toString());
    fields.put("local_time", String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()));
    fields.remove("scheduled_at");
  }
}
