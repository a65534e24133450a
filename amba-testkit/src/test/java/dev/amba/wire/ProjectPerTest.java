package dev.amba.wire;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.events.EventListQuery;
import dev.amba.events.StoredEvent;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.users.ProfileUpdate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator per test class on the class's {@link ManualClock}, and a fresh project with its own
 * client per test, so module tests see only their own definitions. Register it as a static
 * {@code @RegisterExtension} field.
 */
public final class ProjectPerTest implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback {

  private final ManualClock clock;
  private AmbaEmulator emulator;
  private EmulatorProject project;
  private AmbaClient amba;
  private ModuleCalls raw;

  public ProjectPerTest(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = AmbaEmulator.builder().quiet(true).clock(clock).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    emulator.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    project = emulator.createProject();
    amba = AmbaClient.configure(emulator.config(project));
    raw = new ModuleCalls(emulator, project);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    amba.close();
  }

  public AmbaEmulator emulator() {
    return emulator;
  }

  /** The test's project, with its keys and developer PAT. */
  public EmulatorProject project() {
    return project;
  }

  /** The test's client, for its project. */
  public AmbaClient amba() {
    return amba;
  }

  /** Plain HTTP to the test's project. */
  public ModuleCalls raw() {
    return raw;
  }

  /** A new user of the test's project. */
  public String newUid() {
    return emulator.createUser(project);
  }

  public AmbaUser newUser() {
    return amba.asUser(newUid());
  }

  /**
   * A new user of the test's project who shows others a display name and the avatar
   * {@code https://img/<name>.png}, as the social modules' lists render them.
   */
  public AmbaUser newUser(String displayName) {
    AmbaUser u = newUser();
    u.users().update(ProfileUpdate.create().displayName(displayName).avatarUrl("https://img/" + displayName + ".png"));
    return u;
  }

  /** The user's stored events of one name from the last 30 days of the clock, derived ones included. */
  public List<StoredEvent> events(AmbaUser user, String name) {
    return amba.events().listAll(EventListQuery.since(clock.instant().minus(Duration.ofDays(30)))
        .until(clock.instant().plusSeconds(1)).userId(user.uid()).eventName(name)).toList();
  }
}
