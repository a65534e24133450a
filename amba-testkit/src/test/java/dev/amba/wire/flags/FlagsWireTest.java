package dev.amba.wire.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.flags.Flag;
import dev.amba.flags.FlagAssignment;
import dev.amba.flags.FlagUpdate;
import dev.amba.flags.NewFlag;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Section 34 over the wire: the admin routes by name, 409 {@code flag_exists}, 404 for a missing
 * flag; the client list and get, with {@code data: null} for an unknown or disabled flag; global
 * evaluation (every user the same values, changes read at once); isolation between projects.
 */
class FlagsWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  @Test
  void create_is201_disabledByDefault_andTheListIsByName() {
    ModuleCalls.Answer raw = p.raw().admin("POST", "/flags", "{\"name\":\"zebra\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getBoolean("enabled")).isFalse();
    assertThat(raw.data().isNull("variant")).isTrue();
    Flag made = p.amba().flags().create(NewFlag.named("new_checkout").enabled(true).variant("b")
        .payload(Map.of("color", "green", "steps", List.of(1, 2))).description("checkout v2"));
    assertThat(made).isEqualTo(new Flag("new_checkout", true, "b", Map.of("color", "green", "steps", List.of(1L, 2L)),
        "checkout v2", clock.instant(), clock.instant()));
    assertThat(p.amba().flags().list()).extracting(Flag::name).containsExactly("new_checkout", "zebra");
  }

  @Test
  void aTakenName_is409FlagExists_andBadInputIsRefused() {
    p.amba().flags().create(NewFlag.named("beta"));
    assertThatThrownBy(() -> p.amba().flags().create(NewFlag.named("beta").enabled(true)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("flag_exists"));
    assertThat(p.amba().flags().list()).singleElement().extracting(Flag::enabled).isEqualTo(false);
    assertThatThrownBy(() -> NewFlag.named("Beta Flag")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> NewFlag.named("x").payload(new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payload");
    ModuleCalls.Answer bad = p.raw().admin("POST", "/flags", "{\"name\":\"Bad Name\",\"enabled\":\"yes\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldPaths()).containsExactlyInAnyOrder("name", "enabled");
  }

  @Test
  void update_changesWhatItSets_andAMissingFlagIs404() {
    p.amba().flags().create(NewFlag.named("beta").variant("a").payload(Map.of("n", 1)));
    clock.advance(Duration.ofMinutes(1));
    Flag on = p.amba().flags().update("beta", FlagUpdate.create().enabled(true).clearVariant().payload(null));
    assertThat(on).extracting(Flag::enabled, Flag::variant, Flag::payload).containsExactly(true, null, null);
    assertThat(on.updatedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> p.amba().flags().update("gamma", FlagUpdate.create().enabled(true)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba().flags().update("beta", FlagUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    ModuleCalls.Answer rename = p.raw().admin("PATCH", "/flags/beta", "{\"name\":\"other\"}");
    assertThat(rename.status()).isEqualTo(400);
    assertThat(p.amba().flags().list()).extracting(Flag::name).containsExactly("beta");
  }

  @Test
  void delete_answersTheNameMarker_andTheFlagIsGoneForUsersToo() {
    p.amba().flags().create(NewFlag.named("beta").enabled(true));
    AmbaUser ada = p.newUser();
    assertThat(ada.flags().get("beta")).isPresent();
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/flags/beta", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("name")).isEqualTo("beta");
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(ada.flags().get("beta")).isEmpty();
    assertThatThrownBy(() -> p.amba().flags().delete("beta")).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void users_receiveEveryFlag_theSameValuesForEach_andGetIsNullWhenUnknownOrDisabled() {
    p.amba().flags().create(NewFlag.named("dark_mode").enabled(true).variant("amoled").payload(List.of("a")));
    p.amba().flags().create(NewFlag.named("beta"));
    AmbaUser ada = p.newUser();
    AmbaUser bob = p.newUser();
    List<FlagAssignment> expected = List.of(new FlagAssignment("beta", false, null, null),
        new FlagAssignment("dark_mode", true, "amoled", List.of("a")));
    assertThat(ada.flags().list()).isEqualTo(expected);
    assertThat(bob.flags().list()).isEqualTo(expected);
    assertThat(bob.flags().get("dark_mode")).contains(expected.get(1));
    assertThat(ada.flags().get("beta")).isEmpty();
    assertThat(ada.flags().get("unknown")).isEmpty();
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "GET", "/flags/beta", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.json().isNull("data")).isTrue();
    assertThatThrownBy(() -> ada.flags().get("Not A Name")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAdminChange_isReadByUsersAtOnce() {
    p.amba().flags().create(NewFlag.named("beta"));
    AmbaUser ada = p.newUser();
    assertThat(ada.flags().get("beta")).isEmpty();
    p.amba().flags().update("beta", FlagUpdate.create().enabled(true).variant("v2"));
    assertThat(ada.flags().get("beta")).map(FlagAssignment::variant).isEqualTo(Optional.of("v2"));
  }

  @Test
  void anotherProject_seesNoneOfTheFlags_andMayUseTheSameNames() {
    p.amba().flags().create(NewFlag.named("beta").enabled(true));
    EmulatorProject other = p.emulator().createProject();
    try (AmbaClient theirs = AmbaClient.configure(p.emulator().config(other))) {
      assertThat(theirs.flags().list()).isEmpty();
      AmbaUser stranger = theirs.asUser(p.emulator().createUser(other));
      assertThat(stranger.flags().list()).isEmpty();
      assertThat(stranger.flags().get("beta")).isEmpty();
      assertThatThrownBy(() -> theirs.flags().update("beta", FlagUpdate.create().enabled(false)))
          .isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> theirs.flags().delete("beta")).isInstanceOf(AmbaNotFoundException.class);
      assertThat(theirs.flags().create(NewFlag.named("beta")).enabled()).isFalse();
    }
    assertThat(p.newUser().flags().get("beta")).map(FlagAssignment::enabled).contains(true);
  }
}
