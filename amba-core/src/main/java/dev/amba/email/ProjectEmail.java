package dev.amba.email;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin email, from {@code amba.email()}. Every call needs the developer PAT
 * ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}); without one it fails before anything
 * is sent, and the service answers a server key with 403 {@code pat_required}.
 */
public interface ProjectEmail {

  /** The largest page of deliveries the service serves. */
  int MAX_PAGE = 100;

  /**
   * Creates the template, or replaces the one of that name.
   *
   * @param template the name, subject and bodies
   * @return the template as stored
   */
  EmailTemplate saveTemplate(NewEmailTemplate template);

  /**
   * Every template of the project, by name.
   *
   * @return the templates, empty when there are none
   */
  List<EmailTemplate> templates();

  /**
   * One template by name.
   *
   * @param name the template's name
   * @return the template as stored
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found}
   */
  EmailTemplate template(String name);

  /**
   * Changes what {@code update} sets; the name never changes.
   *
   * @param name the template's name
   * @param update the changes; at least one
   * @return the template with the changes
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found}
   */
  EmailTemplate updateTemplate(String name, EmailTemplateUpdate update);

  /**
   * Deletes a template; its past deliveries stay in the log.
   *
   * @param name the template's name
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found}
   */
  void deleteTemplate(String name);

  /**
   * Sends a message; a suppressed address gets a delivery with status suppressed, not an error.
   *
   * @param to a user of the project or an address
   * @param message a template with its data, or a subject with its own bodies
   * @return the delivery as logged
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found} or {@code user_not_found}
   * @throws dev.amba.AmbaApiException 422 {@code no_recipient} for a user without an email address;
   *     400 {@code missing_variable}
   */
  EmailDelivery send(EmailRecipient to, EmailMessage message);

  /**
   * One page of the deliveries the query selects, newest first.
   *
   * @param query which deliveries, such as {@link EmailDeliveryQuery#all()}
   * @param offset how many deliveries to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<EmailDelivery> deliveries(EmailDeliveryQuery query, int offset, int limit);

  /**
   * Every delivery the query selects, newest first, fetched a page at a time as the stream is consumed.
   *
   * @param query which deliveries, such as {@link EmailDeliveryQuery#all()}
   * @return a lazy stream of the deliveries, empty when none match
   */
  Stream<EmailDelivery> allDeliveries(EmailDeliveryQuery query);

  /**
   * One delivery by id.
   *
   * @param deliveryId the delivery's id, a UUID
   * @return the delivery as logged
   * @throws IllegalArgumentException when {@code deliveryId} is not a UUID
   * @throws dev.amba.AmbaNotFoundException when there is no such delivery
   */
  EmailDelivery delivery(String deliveryId);

  /**
   * As {@link #suppress(String, SuppressionReason)} with {@link SuppressionReason#MANUAL}.
   *
   * @param email one well-formed address
   * @return the suppression row, new or the one that exists
   */
  EmailSuppression suppress(String email);

  /**
   * Stops every send to the address (in any case); one suppressed already keeps its row.
   *
   * @param email one well-formed address: at most 320 characters, one {@code @}, no spaces
   * @param reason why, such as {@link SuppressionReason#BOUNCE}
   * @return the suppression row, new or the one that exists
   * @throws NullPointerException when {@code email} or {@code reason} is null
   * @throws IllegalArgumentException when {@code email} is not one well-formed address
   */
  EmailSuppression suppress(String email, SuppressionReason reason);

  /**
   * Every suppressed address of the project.
   *
   * @return the suppression rows, empty when no address is suppressed
   */
  List<EmailSuppression> suppressions();

  /**
   * Takes the address off the list, so it can be mailed again.
   *
   * @param email one well-formed address
   * @throws dev.amba.AmbaNotFoundException when it is not on the list
   */
  void unsuppress(String email);
}
