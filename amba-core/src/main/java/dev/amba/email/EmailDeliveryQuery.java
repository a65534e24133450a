package dev.amba.email;

import dev.amba.internal.email.EmailArguments;
import java.util.Objects;
import java.util.Optional;

/** Which deliveries an admin lists: optionally one template's, optionally one status. Immutable. */
public final class EmailDeliveryQuery {

  private final String template;
  private final EmailStatus status;

  private EmailDeliveryQuery(String template, EmailStatus status) {
    this.template = template;
    this.status = status;
  }

  /** Every delivery. */
  public static EmailDeliveryQuery all() {
    return new EmailDeliveryQuery(null, null);
  }

  public EmailDeliveryQuery template(String name) {
    return new EmailDeliveryQuery(EmailArguments.templateName(name), status);
  }

  public EmailDeliveryQuery status(EmailStatus status) {
    return new EmailDeliveryQuery(template, Objects.requireNonNull(status, "status"));
  }

  public Optional<String> templateFilter() {
    return Optional.ofNullable(template);
  }

  public Optional<EmailStatus> statusFilter() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailDeliveryQuery q && Objects.equals(q.template, template) && Objects.equals(q.status, status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(template, status);
  }

  @Override
  public String toString() {
    return "EmailDeliveryQuery{template=" + template + ", status=" + status + '}';
  }
}
