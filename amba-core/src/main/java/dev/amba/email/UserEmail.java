package dev.amba.email;

import java.util.Map;

/**
 * Email to the acting user, from {@code amba.asUser(uid).email()}: there is no recipient to choose,
 * the send goes to the user's own address (33.1).
 */
public interface UserEmail {

  /**
   * As {@link #send(String, Map)} with no data.
   *
   * @param template the template's name
   * @return the send's result: sent with the provider's id, or suppressed
   */
  EmailSendResult send(String template);

  /**
   * Sends the stored template to the user, its {@code {{name}}} placeholders filled from {@code data}.
   * A suppressed address is no error: the result says {@link EmailStatus#SUPPRESSED}.
   *
   * @param template the template's name, lower_snake_case of 1 to 64 characters
   * @param data the values by placeholder name; copied
   * @return the send's result: sent with the provider's id, or suppressed
   * @throws dev.amba.AmbaNotFoundException code {@code template_not_found}
   * @throws dev.amba.AmbaApiException 422 {@code no_recipient} when the user has no email address;
   *     400 {@code missing_variable} when a placeholder has no value; 429 {@code rate_limited} past
   *     10 sends per user per minute
   */
  EmailSendResult send(String template, Map<String, ?> data);
}
