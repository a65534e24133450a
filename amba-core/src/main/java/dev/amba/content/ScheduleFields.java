package dev.amba.content;

import dev.amba.internal.content.ContentArguments;
import dev.amba.internal.util.FieldMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checked fields a schedule's create and update share: top-level ones and the {@code config}
 * object, which goes on the wire only when something in it is set.
 */
record ScheduleFields(FieldMap fields, FieldMap config) {

  ScheduleFields with(String name, Object value) {
    return new ScheduleFields(fields.with(name, value), config);
  }

  ScheduleFields cron(String cron) {
    return new ScheduleFields(fields, config.with("cron", ContentArguments.cron(cron)));
  }

  ScheduleFields timezone(String timezone) {
    return new ScheduleFields(fields, config.with("timezone", ContentArguments.timezone(timezone)));
  }

  Map<String, Object> wire() {
    Map<String, Object> body = new LinkedHashMap<>(fields.asMap());
    if (!config.isEmpty()) {
      body.put("config", config.asMap());
    }
    return body;
  }

  String describe(Object owner) {
    return fields.describe(owner) + (config.isEmpty() ? "" : " config" + config);
  }
}
