package dev.amba.testkit.internal.email;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;

/**
 * The email module's tables (amba-api-modules.md 33.3). A delivery keeps what it rendered (off the
 * wire) for {@code AmbaEmulator.recordedEmails}, and whether a user's own send made it, which the
 * client rate limit counts. Suppressed addresses are kept in lower case, so any case matches.
 */
public final class EmailTables {

  private EmailTables() {}

  static final int MAX_SUBJECT = 998;
  static final int MAX_BODY = 256 * 1024;
  static final int MAX_ADDRESS = 320;

  static final String CLIENT = "client";
  static final String ADMIN = "admin";

  static final Resource TEMPLATES = Resource.in("email_templates", Owner.PROJECT)
      .field(
          Field.key("name"),
          Field.text("subject").asRequired().withLength(1, MAX_SUBJECT),
          Field.text("html_body").asRequired().withLength(1, MAX_BODY),
          Field.text("text_body").withLength(1, MAX_BODY))
      .timestamps()
      .key("name")
      .orderBy("name")
      .notFound("template_not_found", "no email template with this name")
      .build();

  /** Newest first (33.2), by the order of creation, so one instant of a still test clock keeps it. */
  public static final Resource DELIVERIES = Resource.in("email_deliveries", Owner.PROJECT).withId()
      .field(
          Field.text("template").asServerSet().withLength(1, 64),
          Field.text("to_email").asRequired().asServerSet().withLength(1, MAX_ADDRESS),
          Field.text("app_user_id").asServerSet().withLength(1, 128),
          Field.text("subject").asRequired().asServerSet().withLength(1, MAX_SUBJECT),
          Field.text("status").asRequired().asServerSet()
              .withValues("queued", "sent", "suppressed", "bounced", "failed"),
          Field.text("message_id").asServerSet().withLength(1, 64),
          Field.text("error").asServerSet().withLength(1, 1024),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          Field.text("html").asServerSet().withLength(0, 2 * MAX_BODY).offWire(),
          Field.text("text").asServerSet().withLength(0, 2 * MAX_BODY).offWire(),
          Field.text("origin").asRequired().asServerSet().withValues(CLIENT, ADMIN).offWire())
      .creationOrder()
      .orderBy("-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no email delivery with this id")
      .build();

  static final Resource SUPPRESSIONS = Resource.in("email_suppressions", Owner.PROJECT)
      .field(
          Field.text("email").asRequired().asImmutable().withLength(3, MAX_ADDRESS),
          Field.text("reason").withValues("manual", "bounce", "complaint").withDefault(Json.createValue("manual")),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet())
      .key("email")
      .orderBy("email")
      .notFound("not_found", "this address is not suppressed")
      .build();
}
