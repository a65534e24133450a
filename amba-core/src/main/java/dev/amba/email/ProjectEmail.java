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

  /** Creates the template, or replaces the one of that name. */
  EmailTemplate saveTemplate(NewEmailTemplate template);

  /** Every template of the project, by name. */
  List<EmailTemplate> templates();

  /** @throws dev.amba.AmbaNotFoundException code {@code template_not_found} */
  EmailTemplate template(String name);

  /** @throws dev.amba.AmbaNotFoundException code {@code template_not_found} */
  EmailTemplate updateTemplate(String name, EmailTemplateUpdate update);

  /** @throws dev.amba.AmbaNotFoundException code {@code template_not_found} */
  void deleteTemplate(String name);

  /**
   * Sends a message; a suppressed address gets a delivery with status suppressed, not an error.
   *
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found} or {@code user_not_found}
   * @throws dev.amba.AmbaApiException 422 {@code no_recipient} for a user without an email address;
   *     400 {@code missing_variable}
   */
  EmailDelivery send(EmailRecipient to, EmailMessage message);

  /**
   * One page of the deliveries the query selects, newest first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<EmailDelivery> deliveries(EmailDeliveryQuery query, int offset, int limit);

  /** Every delivery the query selects, newest first, fetched a page at a time. */
  Stream<EmailDelivery> allDeliveries(EmailDeliveryQuery query);

  /** @throws dev.amba.AmbaNotFoundException when there is no such delivery */
  EmailDelivery delivery(String deliveryId);

  /** As {@link #suppress(String, SuppressionReason)} with {@link SuppressionReason#MANUAL}. */
  EmailSuppression suppress(String email);

  /** Stops every send to the address (in any case); one suppressed already keeps its row. */
  EmailSuppression suppress(String email, SuppressionReason reason);

  List<EmailSuppression> suppressions();

  /**
   * Takes the address off the list, so it can be mailed again.
   *
   * @throws dev.amba.AmbaNotFoundException when it is not on the list
   */
  void unsuppress(String email);
}
