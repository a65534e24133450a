package dev.amba.internal.email;

import dev.amba.email.EmailSendResult;
import dev.amba.email.UserEmail;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.EmailEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends to the acting user (33.1). */
public final class EmailClient implements UserEmail {

  private final UserCalls calls;

  public EmailClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public EmailSendResult send(String template) {
    return send(template, Map.of());
  }

  @Override
  public EmailSendResult send(String template, Map<String, ?> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("template", EmailArguments.templateName(template));
    body.put("data", EmailArguments.data(data));
    return calls.call(EmailEndpoints.SEND).body(body).<EmailWire.Sent>data(EmailWire.Sent.class).toResult();
  }
}
