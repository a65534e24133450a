package dev.amba.email;

import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.email.EmailArguments;
import dev.amba.internal.util.FieldMap;

/** Whom an admin send goes to: a user of the project (at the user's email), or an address. Immutable. */
public final class EmailRecipient {

  static {
    WireForms.register(EmailRecipient.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private EmailRecipient(FieldMap fields) {
    this.fields = fields;
  }

  /** The user's email address; a user without one is refused with 422 {@code no_recipient}. */
  public static EmailRecipient user(String userId) {
    return new EmailRecipient(FieldMap.empty().with("user_id", UserIds.check(userId, "userId")));
  }

  public static EmailRecipient address(String email) {
    return new EmailRecipient(FieldMap.empty().with("email", EmailArguments.address(email, "email")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailRecipient r && r.fields.equals(fields);
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
