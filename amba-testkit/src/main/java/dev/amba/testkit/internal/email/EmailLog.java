package dev.amba.testkit.internal.email;

import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A project's delivery rows with what they rendered, oldest first, for the emulator's public view. */
public final class EmailLog {

  private EmailLog() {}

  public record Entry(String id, String template, String toEmail, String appUserId, String subject, String html,
      String text, String status, String messageId, Instant createdAt) {}

  public static List<Entry> of(Connection c, String projectId) throws SQLException {
    List<Entry> out = new ArrayList<>();
    for (Row r : EmailTables.DELIVERIES.list(c, Scope.project(projectId))) {
      out.add(new Entry(r.id(), r.string("template"), r.string("to_email"), r.string("app_user_id"),
          r.string("subject"), r.string("html"), r.string("text"), r.string("status"), r.string("message_id"),
          r.instant(Resource.CREATED_AT)));
    }
    // The table lists newest first, as the admin route does.
    Collections.reverse(out);
    return out;
  }
}
