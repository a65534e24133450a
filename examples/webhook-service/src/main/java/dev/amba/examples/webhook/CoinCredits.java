package dev.amba.examples.webhook;

import dev.amba.AmbaClient;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.events.Event;
import dev.amba.events.IngestEvent;
import dev.amba.events.IngestResult;
import java.util.List;

/**
 * Credits coins for a cause that may be delivered more than once (a provider's webhook, a job that
 * runs again), keyed by that cause.
 *
 * <p>The grant carries the key as its {@code Idempotency-Key}: Amba credits the first call and
 * answers every repeat with the first call's transaction, so the money is right however often the
 * cause arrives. To tell the caller whether this arrival was the first, the cause is also recorded
 * as an event with the key as its {@code event_id}, which Amba stores once and reports as a
 * duplicate after that. The grant comes first: if the event then fails, the retry finds the credit
 * already made and pays nothing more.
 */
final class CoinCredits {

  /**
   * @param transaction the credit, the same on every repeat
   * @param firstTime false when the cause was recorded before: a redelivery, or a job run again
   */
  record Credit(CurrencyTransaction transaction, boolean firstTime) {}

  private CoinCredits() {}

  /**
   * @param key the cause's own id, 1..128 visible ASCII characters (the longest an event id may be)
   * @param event what to record; its {@code event_id} is set to {@code key}
   */
  static Credit once(AmbaClient amba, String userId, int coins, String reason, String key, Event event) {
    CurrencyTransaction transaction =
        amba.currencies().grant(CurrencyGrant.of(userId, Shop.COINS, coins).reason(reason), key);
    IngestResult recorded = amba.events().ingest(List.of(IngestEvent.of(userId, event.withEventId(key))));
    return new Credit(transaction, recorded.duplicates() == 0);
  }
}
