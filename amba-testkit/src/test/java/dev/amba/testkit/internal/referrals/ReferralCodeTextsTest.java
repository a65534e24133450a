package dev.amba.testkit.internal.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaServerException;
import dev.amba.AmbaUser;
import dev.amba.RetryPolicy;
import dev.amba.referrals.NewReferralCode;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.Authenticator;
import dev.amba.testkit.internal.EmulatorServer;
import dev.amba.testkit.internal.IdempotencyCache;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.currencies.CurrencyRoutes;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.xp.XpRoutes;
import dev.amba.wire.ManualClock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 21.4 #1's made texts: 8 characters of the alphabet without look-alikes, a text taken (ignoring
 * case) tried again up to 5 times, then 500 {@code retry_exhausted}. Random texts never collide in a
 * test, so the module is served here with texts the test chooses.
 */
class ReferralCodeTextsTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  private Database db;
  private EmulatorServer server;
  private AmbaClient amba;
  private String uid;

  private void serve(Supplier<String> texts) throws Exception {
    db = Database.inMemory("referral-texts-" + Ids.uuid());
    Stores stores = Stores.over(db, clock);
    EmulatorProject project = stores.projects().create(false);
    uid = stores.users().createAnonymous(project.projectId()).id();
    CurrencyRoutes currencies = new CurrencyRoutes(stores, clock);
    XpRoutes xp = new XpRoutes(stores, clock);
    RouteTable routes = new RouteTable().add(currencies).add(xp)
        .add(new ReferralRoutes(stores, clock, currencies.wallets(), xp.credits(), texts));
    for (Resource resource : routes.resources()) {
      db.read(c -> {
        resource.ensureTable(c);
        return null;
      });
    }
    server = new EmulatorServer("127.0.0.1", 0, routes, new Authenticator(stores), (path, p) -> null, r -> { },
        new IdempotencyCache(clock));
    // One attempt: a retried GET would draw five more texts.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId(project.projectId()).clientKey(project.clientKey())
        .serverKey(project.serverKey()).apiUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void close() {
    if (amba != null) {
      amba.close();
      server.close();
      db.close();
    }
  }

  /** The texts in order, counting how many were drawn; the last repeats. */
  private static Supplier<String> texts(AtomicInteger drawn, String... texts) {
    Deque<String> left = new ArrayDeque<>(List.of(texts));
    return () -> {
      drawn.incrementAndGet();
      return left.size() > 1 ? left.poll() : left.peek();
    };
  }

  @Test
  void randomTexts_areEightCharactersOfTheAlphabetWithoutLookAlikes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String text = ReferralRoutes.randomText();
      assertThat(text).hasSize(8).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
      seen.add(text);
    }
    assertThat(seen).as("2000 draws of 31^8 texts").hasSizeGreaterThan(1990);
    // Every character of the alphabet turns up, and none other: no 0, O, 1, I or L.
    Set<Character> used = new HashSet<>();
    seen.forEach(t -> t.chars().forEach(ch -> used.add((char) ch)));
    assertThat(used).hasSize(ReferralRoutes.ALPHABET.length()).doesNotContain('0', 'O', '1', 'I', 'L');
  }

  @Test
  void aTakenText_isTriedAgain_ignoringCase_untilAFreeOne() throws Exception {
    AtomicInteger drawn = new AtomicInteger();
    serve(texts(drawn, "TAKEN234", "TAKEN234", "FREE2345"));
    amba.referrals().create(NewReferralCode.withCode("taken234"));
    drawn.set(0);

    assertThat(amba.asUser(uid).referrals().getMyCode().code()).isEqualTo("FREE2345");
    assertThat(drawn).hasValue(3);
  }

  @Test
  void fiveTakenTexts_are500RetryExhausted_andMakeNoCode() throws Exception {
    AtomicInteger drawn = new AtomicInteger();
    serve(texts(drawn, "TAKEN234"));
    amba.referrals().create(NewReferralCode.withCode("TAKEN234"));
    drawn.set(0);
    AmbaUser user = amba.asUser(uid);

    assertThatThrownBy(user.referrals()::getMyCode).isInstanceOfSatisfying(AmbaServerException.class, e -> {
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.code()).isEqualTo("retry_exhausted");
    });
    assertThat(drawn).hasValue(5);
    assertThatThrownBy(user.referrals()::create).isInstanceOfSatisfying(AmbaServerException.class,
        e -> assertThat(e.code()).isEqualTo("retry_exhausted"));
    assertThatThrownBy(() -> amba.referrals().create(NewReferralCode.generated()))
        .isInstanceOfSatisfying(AmbaServerException.class, e -> assertThat(e.code()).isEqualTo("retry_exhausted"));
    assertThat(amba.referrals().list()).hasSize(1);
  }
}
