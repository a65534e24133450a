package dev.amba.examples.webhook;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A payments provider's notification, after its signature checked out.
 *
 * @param id the provider's event id, unique per event and repeated on every redelivery
 * @param type {@code payment.succeeded} or {@code subscription.activated}; others are acknowledged
 */
public record PaymentEvent(String id, String type, long created, Data data) {

  /**
   * @param userId the Amba uid the app stored with the customer at checkout time
   * @param product what was paid for ({@code payment.succeeded}): a coin pack of {@link Payments}
   * @param plan the plan subscribed to ({@code subscription.activated})
   */
  public record Data(@JsonbProperty("user_id") String userId, Long amount, String currency, String plan,
      String product) {}
}
