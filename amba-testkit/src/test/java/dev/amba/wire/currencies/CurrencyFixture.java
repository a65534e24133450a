package dev.amba.wire.currencies;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.TransactionFilter;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a clock the currency tests move, and a fresh project with its admin client per
 * test, so balances and ledgers are exact. A test class registers both:
 *
 * <pre>{@code
 * @RegisterExtension static final CurrencyFixture fixture = new CurrencyFixture();
 * @RegisterExtension final CurrencyFixture.Project p = fixture.new Project();
 * }</pre>
 */
final class CurrencyFixture implements AfterAllCallback {

  /** A Monday morning, UTC. */
  static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

  final ManualClock clock = new ManualClock(START);
  final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();

  @Override
  public void afterAll(ExtensionContext context) {
    emulator.close();
  }

  /** One test's project and its admin client, closed after the test. */
  final class Project implements AfterEachCallback {
    final EmulatorProject project = emulator.createProject();
    // Retries wait on nothing: the test's time is the emulator's clock, not the wall.
    final AmbaClient amba = AmbaClient.configure(emulator.config(project).toBuilder().sleeper(d -> { }).build());
    final Instant since = clock.instant();
    /** Plain HTTP, to send what the SDK refuses and read an answer exactly (a 200 told from a 201). */
    final ModuleCalls raw = new ModuleCalls(emulator, project);

    AmbaUser newUser() {
      return amba.asUser(emulator.createUser(project));
    }

    /** The user's balance of one currency, as the client route answers it. */
    CurrencyBalanceView balance(AmbaUser user, String code) {
      return user.currencies().balances().stream().filter(b -> b.currencyCode().equals(code)).findFirst()
          .orElseThrow(() -> new AssertionError("no balance of " + code + " in " + user.currencies().balances()));
    }

    /** The user's transactions in one currency, newest first. */
    List<CurrencyTransaction> ledger(AmbaUser user, String code) {
      return user.currencies().transactions(TransactionFilter.currency(code)).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      emulator.faults().reset();
      amba.close();
    }
  }
}
