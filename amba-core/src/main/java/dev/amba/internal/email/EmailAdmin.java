package dev.amba.internal.email;

import dev.amba.OffsetPage;
import dev.amba.email.EmailDelivery;
import dev.amba.email.EmailDeliveryQuery;
import dev.amba.email.EmailMessage;
import dev.amba.email.EmailRecipient;
import dev.amba.email.EmailSuppression;
import dev.amba.email.EmailTemplate;
import dev.amba.email.EmailTemplateUpdate;
import dev.amba.email.NewEmailTemplate;
import dev.amba.email.ProjectEmail;
import dev.amba.email.SuppressionReason;
import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.EmailEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Admin email over the developer PAT (33.2); {@link ProjectCalls} refuses a call without one. */
public final class EmailAdmin implements ProjectEmail {

  private static final Type TEMPLATES = Json.parameterized(List.class, EmailTemplate.class);
  private static final Type SUPPRESSIONS = Json.parameterized(List.class, EmailWire.Suppression.class);

  private final ProjectCalls calls;

  public EmailAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public EmailTemplate saveTemplate(NewEmailTemplate template) {
    Objects.requireNonNull(template, "template");
    return calls.call(EmailEndpoints.ADMIN_TEMPLATE_SAVE).body(WireForms.of(template)).data(EmailTemplate.class);
  }

  @Override
  public List<EmailTemplate> templates() {
    return calls.call(EmailEndpoints.ADMIN_TEMPLATE_LIST).data(TEMPLATES);
  }

  @Override
  public EmailTemplate template(String name) {
    return calls.call(EmailEndpoints.ADMIN_TEMPLATE_GET, EmailArguments.templateName(name)).data(EmailTemplate.class);
  }

  @Override
  public EmailTemplate updateTemplate(String name, EmailTemplateUpdate update) {
    EmailArguments.templateName(name);
    Map<String, Object> body = WireForms.ofUpdate(update);
    return calls.call(EmailEndpoints.ADMIN_TEMPLATE_UPDATE, name).body(body).data(EmailTemplate.class);
  }

  @Override
  public void deleteTemplate(String name) {
    calls.call(EmailEndpoints.ADMIN_TEMPLATE_DELETE, EmailArguments.templateName(name)).data(Map.class);
  }

  @Override
  public EmailDelivery send(EmailRecipient to, EmailMessage message) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", WireForms.of(to));
    body.putAll(WireForms.of(message));
    return calls.call(EmailEndpoints.ADMIN_SEND).body(body).<EmailWire.Delivery>data(EmailWire.Delivery.class)
        .toDelivery();
  }

  @Override
  public OffsetPage<EmailDelivery> deliveries(EmailDeliveryQuery query, int offset, int limit) {
    Objects.requireNonNull(query, "query");
    return Paging.page(deliveriesOf(query), offset, limit, MAX_PAGE, EmailWire.Delivery.class,
        EmailWire.Delivery::toDelivery);
  }

  @Override
  public Stream<EmailDelivery> allDeliveries(EmailDeliveryQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.walk(() -> deliveriesOf(query), 0, MAX_PAGE, EmailWire.Delivery.class,
        EmailWire.Delivery::toDelivery);
  }

  private Api.Call deliveriesOf(EmailDeliveryQuery query) {
    return calls.call(EmailEndpoints.ADMIN_DELIVERIES)
        .query("template", query.templateFilter().orElse(null))
        .query("status", query.statusFilter().map(Object::toString).orElse(null));
  }

  @Override
  public EmailDelivery delivery(String deliveryId) {
    ModuleNames.uuid(deliveryId, "deliveryId");
    return calls.call(EmailEndpoints.ADMIN_DELIVERY, deliveryId).<EmailWire.Delivery>data(EmailWire.Delivery.class)
        .toDelivery();
  }

  @Override
  public EmailSuppression suppress(String email) {
    return suppress(email, SuppressionReason.MANUAL);
  }

  @Override
  public EmailSuppression suppress(String email, SuppressionReason reason) {
    EmailArguments.address(email, "email");
    Objects.requireNonNull(reason, "reason");
    return calls.call(EmailEndpoints.ADMIN_SUPPRESS).body(Map.of("email", email, "reason", reason.value()))
        .<EmailWire.Suppression>data(EmailWire.Suppression.class).toSuppression();
  }

  @Override
  public List<EmailSuppression> suppressions() {
    List<EmailWire.Suppression> rows = calls.call(EmailEndpoints.ADMIN_SUPPRESSIONS).data(SUPPRESSIONS);
    return rows.stream().map(EmailWire.Suppression::toSuppression).toList();
  }

  @Override
  public void unsuppress(String email) {
    calls.call(EmailEndpoints.ADMIN_UNSUPPRESS, EmailArguments.address(email, "email")).data(Map.class);
  }
}
