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

  /**
   * Selects every delivery.
   *
   * @return the query without filters
   */
  public static EmailDeliveryQuery all() {
    return new EmailDeliveryQuery(null, null);
  }

  /**
   * Selects only the deliveries of one template.
   *
   * @param name the template's name, lower_snake_case of 1 to 64 characters
   * @return a copy with the template filter set
   * @throws IllegalArgumentException when {@code name} breaks the key rule
   */
  public EmailDeliveryQuery template(String name) {
    return new EmailDeliveryQuery(EmailArguments.templateName(name), status);
  }

  /**
   * Selects only the deliveries in one status.
   *
   * @param status the status, such as {@link EmailStatus#FAILED}
   * @return a copy with the status filter set
   * @throws NullPointerException when {@code status} is null
   */
  public EmailDeliveryQuery status(EmailStatus status) {
    return new EmailDeliveryQuery(template, Objects.requireNonNull(status, "status"));
  }

  /**
   * The template the query selects.
   *
   * @return the template's name, or empty for every template
   */
  public Optional<String> templateFilter() {
    return Optional.ofNullable(template);
  }

  /**
   * The status the query selects.
   *
   * @return the status, or empty for every status
   */
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
