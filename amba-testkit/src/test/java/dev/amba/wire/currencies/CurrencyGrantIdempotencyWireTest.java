package dev.amba.wire.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaTransportException;
import dev.amba.AmbaUser;
import dev.amba.RetryPolicy;
import dev.amba.currencies.CurrencyGrant;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.NewCurrency;
import dev.amba.testkit.Fault;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.Together;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grant is money (M2 *idem*): a webhook delivered again, a retry after a lost answer, and
 * concurrent deliveries of one key each credit once; a key reused with another grant is refused
 * and credits nothing.
 */
class CurrencyGrantIdempotencyWireTest {

  @RegisterExtension
  static final CurrencyFixture fixture = new CurrencyFixture();
  @RegisterExtension
  final CurrencyFixture.Project p = fixture.new Project();
  private final AmbaUser user = p.newUser();

  @BeforeEach
  void gems() {
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
  }

  private String grantPath() {
    return "/v1/admin/projects/" + p.project.projectId() + "/currencies/grant";
  }

  private List<RecordedRequest> grantPosts() {
    return fixture.emulator.recordedRequests().stream()
        .filter(r -> r.method().equals("POST") && r.pathWithoutQuery().equals(grantPath())).toList();
  }

  @Test
  void aWebhookGrant_keyedByTheProvidersEventId_deliveredThreeTimes_creditsOnce() {
    CurrencyGrant purchase = CurrencyGrant.of(user.uid(), "gems", 500).reason("order 1042");
    fixture.emulator.clearRecordedRequests();

    List<CurrencyTransaction> answers = new ArrayList<>();
    for (int delivery = 0; delivery < 3; delivery++) {
      answers.add(p.amba.currencies().grant(purchase, "evt_1042"));
    }

    assertThat(answers).hasSize(3).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
    assertThat(answers.get(0).amount()).isEqualTo(500);
    assertThat(p.balance(user, "gems").balance()).isEqualTo(500);
    assertThat(p.ledger(user, "gems")).singleElement().extracting(CurrencyTransaction::id)
        .isEqualTo(answers.get(0).id());
    List<RecordedRequest> posts = grantPosts();
    assertThat(posts).hasSize(3).allSatisfy(r -> assertThat(r.header("idempotency-key")).isEqualTo("evt_1042"));
  }

  @Test
  void theSameKeyWithAnotherGrant_is409IdempotencyKeyReused_andTheBalanceIsUnchanged() {
    p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "gems", 500), "evt_7");

    assertThatThrownBy(() -> p.amba.currencies().grant(CurrencyGrant.of(user.uid(), "gems", 5000), "evt_7"))
        .isInstanceOfSatisfying(AmbaConflictException.class,
            e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
    AmbaUser other = p.newUser();
    assertThatThrownBy(() -> p.amba.currencies().grant(CurrencyGrant.of(other.uid(), "gems", 500), "evt_7"))
        .isInstanceOf(AmbaConflictException.class);

    assertThat(p.balance(user, "gems").balance()).isEqualTo(500);
    assertThat(p.ledger(user, "gems")).hasSize(1);
    assertThat(p.balance(other, "gems").balance()).isZero();
  }

  @Test
  void aRefusedGrant_staysRefusedUnderItsKey_soALaterRepeatCannotPay() {
    p.amba.currencies().delete("gems");
    CurrencyGrant grant = CurrencyGrant.of(user.uid(), "gems", 10);
    assertThatThrownBy(() -> p.amba.currencies().grant(grant, "evt_9")).hasMessageContaining("currency_not_found");
    p.amba.currencies().create(NewCurrency.of("gems", "Gems"));
    // The key's first outcome is replayed (M2), so the webhook's redelivery does not pay now either.
    assertThatThrownBy(() -> p.amba.currencies().grant(grant, "evt_9")).hasMessageContaining("currency_not_found");
    assertThat(p.balance(user, "gems").balance()).isZero();
  }

  @Test
  void eachLogicalGrant_sendsAFreshKeyOfItsOwn() {
    fixture.emulator.clearRecordedRequests();
    CurrencyGrant ten = CurrencyGrant.of(user.uid(), "gems", 10);
    p.amba.currencies().grant(ten);
    p.amba.currencies().grant(ten);

    assertThat(p.balance(user, "gems").balance()).isEqualTo(20);
    Set<String> keys = grantPosts().stream().map(r -> r.header("idempotency-key")).collect(Collectors.toSet());
    assertThat(keys).hasSize(2).doesNotContainNull();
  }

  @Test
  void lostAnswers_areRetriedWithTheSameKey_andNothingIsCreditedTwice() {
    int grants = 100;
    // Eight attempts, more than the seeded run below ever needs for one grant (it prints the most).
    try (AmbaClient patient = AmbaClient.configure(fixture.emulator.config(p.project).toBuilder().sleeper(d -> { })
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(8)).build())) {
      fixture.emulator.clearRecordedRequests();
      // Seeded, and the grants go one at a time, so every run loses the same answers.
      fixture.emulator.faults().onlyFor(grantPath()).randomly(0.3, 13, Fault.resetAfterHandling());
      long sent = 0;
      for (int i = 1; i <= grants; i++) {
        CurrencyTransaction t = patient.currencies().grant(CurrencyGrant.of(user.uid(), "gems", i));
        assertThat(t.amount()).isEqualTo(i);
        sent += i;
      }
      long lost = fixture.emulator.faults().randomlyInjected();
      fixture.emulator.faults().reset();

      Map<String, Long> attemptsByKey = grantPosts().stream()
          .collect(Collectors.groupingBy(r -> r.header("idempotency-key"), TreeMap::new, Collectors.counting()));
      System.out.printf("currencies: %d grants, %d answers lost after handling (%.0f%%), %d requests, "
              + "at most %d attempts for one grant; balance %d%n", grants, lost, 100.0 * lost / grantPosts().size(),
          grantPosts().size(), attemptsByKey.values().stream().mapToLong(Long::longValue).max().orElse(0),
          p.balance(user, "gems").balance());
      assertThat(lost).isGreaterThan(10);
      assertThat(attemptsByKey).hasSize(grants);
      assertThat(grantPosts()).hasSize(grants + (int) lost);
      assertThat(p.ledger(user, "gems")).hasSize(grants);
      assertThat(p.balance(user, "gems").balance()).isEqualTo(sent)
          .isEqualTo(p.ledger(user, "gems").stream().mapToLong(CurrencyTransaction::amount).sum());
    }
  }

  @Test
  void concurrentDeliveriesOfOneKey_creditOnce_andAllAnswerTheSameTransaction() throws Exception {
    int threads = 16;
    CurrencyGrant purchase = CurrencyGrant.of(user.uid(), "gems", 250);
    List<CurrencyTransaction> answers = Together.run(threads, t -> p.amba.currencies().grant(purchase, "evt_race"));
    assertThat(answers.stream().map(CurrencyTransaction::id).distinct()).hasSize(1);
    assertThat(p.balance(user, "gems").balance()).isEqualTo(250);
  }

  @Test
  void concurrentWebhooksWithLostAnswers_redeliveredUntilAnswered_eachCreditOnce() throws Exception {
    int threads = 16;
    int perThread = 10;
    fixture.emulator.faults().onlyFor(grantPath()).randomly(0.3, 29, Fault.resetAfterHandling());
    AtomicInteger redeliveries = new AtomicInteger();
    Map<String, String> firstAnswers = new ConcurrentHashMap<>();
    Together.run(threads, t -> {
      for (int i = 0; i < perThread; i++) {
        String eventId = "evt_" + t + "_" + i;
        CurrencyGrant grant = CurrencyGrant.of(user.uid(), "gems", t + 1);
        CurrencyTransaction answer = null;
        while (answer == null) {
          try {
            answer = p.amba.currencies().grant(grant, eventId);
          } catch (AmbaTransportException e) {
            // The SDK gave up after its attempts; the provider delivers the webhook again, same event id.
            redeliveries.incrementAndGet();
          }
        }
        firstAnswers.put(eventId, answer.id());
      }
      return null;
    });
    long lost = fixture.emulator.faults().randomlyInjected();
    fixture.emulator.faults().reset();

    long expected = 0;
    for (int t = 0; t < threads; t++) {
      expected += (long) (t + 1) * perThread;
    }
    List<CurrencyTransaction> ledger = p.ledger(user, "gems");
    System.out.printf("currencies: %d concurrent webhook grants, %d answers lost, %d redeliveries after the SDK "
        + "gave up; %d transactions, balance %d (expected %d)%n", threads * perThread, lost, redeliveries.get(),
        ledger.size(), p.balance(user, "gems").balance(), expected);
    assertThat(lost).isPositive();
    assertThat(ledger).hasSize(threads * perThread);
    assertThat(ledger).extracting(CurrencyTransaction::id).containsExactlyInAnyOrderElementsOf(firstAnswers.values());
    assertThat(p.balance(user, "gems").balance()).isEqualTo(expected);
  }
}
