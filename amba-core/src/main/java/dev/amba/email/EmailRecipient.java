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

  /**
   * The user's email address; a user without one is refused with 422 {@code no_recipient}.
   *
   * @param userId the user, 1..255 characters
   * @return the recipient
   * @throws IllegalArgumentException when {@code userId} is not a well-formed user id
   */
  public static EmailRecipient user(String userId) {
    return new EmailRecipient(FieldMap.empty().with("user_id", UserIds.check(userId, "userId")));
  }

  /**
   * An address, whether or not a user of the project has it.
   *
   * @param email one address such as {@code ada@example.com}: at most 320 characters, one {@code @},
   *     no spaces
   * @return the recipient
   * @throws NullPointerException when {@code email} is null
   * @throws IllegalArgumentException when {@code email} is not one well-formed address
   */
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
