package dev.amba.testkit.internal.moderation;

import static dev.amba.testkit.internal.moderation.ModerationTables.AUTO_APPROVE_TRUSTED;
import static dev.amba.testkit.internal.moderation.ModerationTables.ESCALATED;
import static dev.amba.testkit.internal.moderation.ModerationTables.KEYWORD_FILTER;
import static dev.amba.testkit.internal.moderation.ModerationTables.PENDING;
import static dev.amba.testkit.internal.moderation.ModerationTables.QUEUE;
import static dev.amba.testkit.internal.moderation.ModerationTables.REGEX;
import static dev.amba.testkit.internal.moderation.ModerationTables.RULES;
import static dev.amba.testkit.internal.moderation.ModerationTables.TRUST;

import dev.amba.testkit.internal.engagement.Screening;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * 27.4's rules over new content. X decisions: the active rules run in the order they were made and
 * the first match files the item, its reason {@code matched rule "<name>"}; content that already has
 * an open item filed by a rule (pending or escalated) gets no second one when it is screened again
 * (an edit), though the match is still reported; a keyword's "whole word" is bounded by characters
 * that are not letters, digits or {@code _}.
 */
final class ModerationScreening implements Screening {

  private static final Set<String> TRUSTED = Set.of("trusted", "moderator");

  private final Clock clock;

  ModerationScreening(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean screen(Connection c, String projectId, String authorId, String contentType, String contentId,
      List<String> texts) throws SQLException {
    Scope project = Scope.project(projectId);
    List<Row> active = RULES.listWhere(c, project, RULES.where().eq("is_active", true));
    if (active.stream().anyMatch(r -> AUTO_APPROVE_TRUSTED.equals(r.string("rule_type")))
        && exempt(c, project, authorId)) {
      return false;
    }
    List<String> given = texts.stream().filter(Objects::nonNull).toList();
    for (Row rule : active) {
      if (given.stream().anyMatch(text -> matches(rule, text))) {
        if (!hasOpenRuleItem(c, project, contentType, contentId)) {
          QUEUE.insert(c, project, QUEUE.values()
              .set("content_type", Json.createValue(contentType))
              .set("content_id", Json.createValue(contentId))
              .set("reported_by", JsonValue.NULL)
              .set("reason", Json.createValue(reason(rule)))
              .set("status", Json.createValue(PENDING)), clock.instant());
        }
        return true;
      }
    }
    return false;
  }

  private static String reason(Row rule) {
    String text = "matched rule \"" + rule.string("name") + '"';
    return text.length() <= ModerationTables.MAX_REASON ? text : text.substring(0, ModerationTables.MAX_REASON);
  }

  /** Trusted or moderator, or set to auto-approve (27.4 {@code auto_approve_trusted}). */
  private static boolean exempt(Connection c, Scope project, String authorId) throws SQLException {
    for (Row trust : TRUST.listWhere(c, project, TRUST.where().eq("app_user_id", authorId))) {
      if (TRUSTED.contains(trust.string("trust_level")) || trust.bool("auto_approve")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOpenRuleItem(Connection c, Scope project, String contentType, String contentId)
      throws SQLException {
    return QUEUE.listWhere(c, project, QUEUE.where().eq("content_type", contentType).eq("content_id", contentId))
        .stream().anyMatch(item -> item.isNull("reported_by")
            && (PENDING.equals(item.string("status")) || ESCALATED.equals(item.string("status"))));
  }

  static boolean matches(Row rule, String text) {
    JsonValue config = rule.get("config");
    if (!(config instanceof JsonObject o)) {
      return false;
    }
    switch (rule.string("rule_type")) {
      case KEYWORD_FILTER:
        if (o.get("keywords") instanceof JsonArray words) {
          for (JsonValue w : words) {
            if (w instanceof JsonString s && keyword(s.getString()).matcher(text).find()) {
              return true;
            }
          }
        }
        return false;
      case REGEX:
        if (o.get("pattern") instanceof JsonString p) {
          try {
            return Pattern.compile(p.getString()).matcher(text).find();
          } catch (PatternSyntaxException e) {
            // Patterns are checked when saved; one that no longer compiles matches nothing.
            return false;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /** The keyword as a whole word, any case. */
  static Pattern keyword(String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
