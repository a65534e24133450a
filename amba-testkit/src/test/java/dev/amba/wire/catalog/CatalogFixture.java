package dev.amba.wire.catalog;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a clock the catalog and store tests move (listing windows, updated_at), and a
 * fresh project with its admin client per test. Its client never sleeps between retries, so a
 * retried call costs no wall time. A test class registers both:
 *
 * <pre>{@code
 * @RegisterExtension static final CatalogFixture fixture = new CatalogFixture();
 * @RegisterExtension final CatalogFixture.Project p = fixture.new Project();
 * }</pre>
 */
public final class CatalogFixture implements AutoCloseable, AfterAllCallback {

  /** A Monday morning, UTC. */
  public static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

  public final ManualClock clock = new ManualClock(START);
  public final AmbaEmulator emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();

  @Override
  public void close() {
    emulator.close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** One test's project and its admin client, closed after the test (or by try-with-resources). */
  public final class Project implements AutoCloseable, AfterEachCallback {
    public final EmulatorProject project = emulator.createProject();
    public final AmbaClient amba =
        AmbaClient.configure(emulator.config(project).toBuilder().sleeper(wait -> { }).build());

    public AmbaUser newUser() {
      return amba.asUser(emulator.createUser(project));
    }

    /** A durable item named after its key. */
    public CatalogItem item(String key) {
      return item(key, ItemType.DURABLE);
    }

    public CatalogItem item(String key, ItemType type) {
      return amba.catalog().create(NewCatalogItem.of(key, key.replace('_', ' ')).itemType(type));
    }

    /** Plain HTTP to this project, to read an answer exactly as sent or send what the SDK refuses. */
    public final ModuleCalls raw = new ModuleCalls(emulator, project);

    /** An admin call without the SDK; {@code rest} follows the project's path. */
    public ModuleCalls.Answer admin(String method, String rest, String jsonBody) {
      return raw.admin(method, rest, jsonBody);
    }

    /** A client-plane call for {@code uid} without the SDK; {@code rest} follows {@code /v1/client}. */
    public ModuleCalls.Answer client(String uid, String method, String rest, String jsonBody) {
      return raw.asUser(uid, method, rest, jsonBody);
    }

    @Override
    public void close() {
      amba.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      close();
    }
  }
}
