package dev.amba.wire.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.ai.PromptDefinition;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ProjectPerTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole surface (amba-api-modules.md 38, design.md "The whole surface"): the Node SDK's 34
 * namespaces, in section 38's order, plus email, experiments and segments, each found on the public
 * types where the section says and each calling one of its routes against the emulator. The
 * README's namespace table is checked against this list, row by row, so the two cannot drift.
 */
class NamespacesWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-01-07T09:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  /** Where a namespace's accessor is: on the user handle, on the client, or on both. */
  enum Side { USER, CLIENT, BOTH }

  /** One row: the accessor, where it is, the README's example, the call, and the path it reaches. */
  record Namespace(String name, Side side, String example, BiFunction<AmbaClient, AmbaUser, Object> call,
      String pathPart) {}

  private static final List<Namespace> SURFACE = List.of(
      row("events", Side.BOTH, "user.events().track(\"app_opened\")", (a, u) -> u.events().track("app_opened"), "/events"),
      row("auth", Side.CLIENT, "amba.auth().signInAnonymously()", (a, u) -> a.auth().signInAnonymously(), "/auth/"),
      row("users", Side.BOTH, "user.users().me()", (a, u) -> u.users().me(), "/users/me"),
      row("sessions", Side.BOTH, "amba.sessions().analytics()", (a, u) -> a.sessions().analytics(), "/sessions"),
      row("sync", Side.USER, "user.sync().pushChanges(List.of())", (a, u) -> u.sync().pushChanges(List.of()), "/sync"),
      row("collections", Side.BOTH, "amba.collections().list(10, 0)", (a, u) -> a.collections().list(10, 0),
          "/collections"),
      row("storage", Side.BOTH, "user.storage().listAll().toList()", (a, u) -> u.storage().listAll().toList(),
          "/media"),
      row("push", Side.BOTH, "amba.push().campaigns().list(0, 10)", (a, u) -> a.push().campaigns().list(0, 10),
          "/push/campaigns"),
      row("entitlements", Side.BOTH, "user.entitlements().list()", (a, u) -> u.entitlements().list(),
          "/entitlements"),
      row("ai", Side.BOTH,
          "amba.ai().prompts().upsert(PromptDefinition.anthropic(\"greeter\", \"claude-sonnet-4-5\", \"Hi {{name}}\"))",
          (a, u) -> a.ai().prompts().upsert(PromptDefinition.anthropic("greeter", "claude-sonnet-4-5", "Hi {{name}}")),
          "/ai/prompts"),
      row("config", Side.BOTH, "user.config().values()", (a, u) -> u.config().values(), "/config"),
      row("flags", Side.BOTH, "user.flags().list()", (a, u) -> u.flags().list(), "/flags"),
      row("achievements", Side.BOTH, "user.achievements().list()", (a, u) -> u.achievements().list(), "/achievements"),
      row("challenges", Side.BOTH, "user.challenges().running()", (a, u) -> u.challenges().running(), "/challenges"),
      row("currencies", Side.BOTH, "user.currencies().balances()", (a, u) -> u.currencies().balances(), "/currencies"),
      row("inventory", Side.BOTH, "user.inventory().list()", (a, u) -> u.inventory().list(), "/inventory"),
      row("leaderboards", Side.BOTH, "user.leaderboards().list()", (a, u) -> u.leaderboards().list(),
          "/leaderboards"),
      row("leagues", Side.BOTH, "amba.leagues().list()", (a, u) -> a.leagues().list(), "/leagues"),
      row("stores", Side.BOTH, "user.stores().list()", (a, u) -> u.stores().list(), "/stores"),
      row("xp", Side.BOTH, "user.xp().balance()", (a, u) -> u.xp().balance(), "/xp"),
      row("streaks", Side.BOTH, "user.streaks().list()", (a, u) -> u.streaks().list(), "/streaks"),
      row("feeds", Side.BOTH, "user.feeds().getMine().toList()", (a, u) -> u.feeds().getMine().toList(), "/feeds"),
      row("friends", Side.BOTH, "user.friends().getAll()", (a, u) -> u.friends().getAll(), "/friends"),
      row("groups", Side.BOTH, "user.groups().getMine()", (a, u) -> u.groups().getMine(), "/groups"),
      row("messaging", Side.BOTH, "user.messaging().getConversations(0, 20)",
          (a, u) -> u.messaging().getConversations(0, 20), "/messaging/conversations"),
      row("moderation", Side.BOTH, "user.moderation().getMyReports()", (a, u) -> u.moderation().getMyReports(),
          "/moderation/reports"),
      row("reviews", Side.BOTH, "user.reviews().getMine()", (a, u) -> u.reviews().getMine(), "/reviews/mine"),
      row("roles", Side.BOTH, "user.roles().list()", (a, u) -> u.roles().list(), "/roles"),
      row("referrals", Side.BOTH, "amba.referrals().list()", (a, u) -> a.referrals().list(), "/referrals"),
      row("catalog", Side.BOTH, "amba.catalog().list()", (a, u) -> a.catalog().list(), "/catalog"),
      row("content", Side.BOTH, "amba.content().listLibraries()", (a, u) -> a.content().listLibraries(),
          "/content/libraries"),
      row("deepLinks", Side.BOTH, "amba.deepLinks().list(0, 10)", (a, u) -> a.deepLinks().list(0, 10),
          "/deep-links/tracked"),
      row("onboarding", Side.BOTH, "amba.onboarding().list()", (a, u) -> a.onboarding().list(),
          "/onboarding/flows"),
      row("diagnostics", Side.CLIENT, "amba.diagnostics().ping()", (a, u) -> a.diagnostics().ping(),
          "/diagnostics/ping"),
      // Not among the 34 (section 38's second table), specified anyway.
      row("email", Side.BOTH, "amba.email().templates()", (a, u) -> a.email().templates(), "/email/templates"),
      row("experiments", Side.BOTH, "amba.experiments().list()", (a, u) -> a.experiments().list(), "/experiments"),
      row("segments", Side.CLIENT, "amba.segments().list()", (a, u) -> a.segments().list(), "/segments"));

  private static Namespace row(String name, Side side, String example, BiFunction<AmbaClient, AmbaUser, Object> call,
      String pathPart) {
    return new Namespace(name, side, example, call, pathPart);
  }

  @Test
  void theSurface_isSection38s34Namespaces_plusEmailExperimentsAndSegments_onTheSidesItNames() {
    assertThat(SURFACE).hasSize(37);
    assertThat(SURFACE.subList(0, 34)).extracting(Namespace::name).doesNotContain("email", "experiments", "segments");
    assertThat(SURFACE).extracting(Namespace::name).doesNotHaveDuplicates();
    for (Namespace n : SURFACE) {
      // collections: the user side is collection(name), one collection per handle (design.md).
      boolean onUser = n.name().equals("collections")
          ? accessor(AmbaUser.class, "collection", String.class) != null
          : accessor(AmbaUser.class, n.name()) != null;
      boolean onClient = accessor(AmbaClient.class, n.name()) != null;
      Side found = onUser && onClient ? Side.BOTH : onUser ? Side.USER : onClient ? Side.CLIENT : null;
      assertThat(found).as(n.name()).isEqualTo(n.side());
    }
  }

  @Test
  void eachNamespace_callsOneOfItsRoutes_overTheWire() {
    AmbaClient amba = p.amba();
    AmbaUser user = p.newUser();
    Map<String, String> reached = new LinkedHashMap<>();
    for (Namespace n : SURFACE) {
      p.emulator().clearRecordedRequests();
      Object answer = n.call().apply(amba, user);
      assertThat(answer).as(n.name()).isNotNull();
      List<RecordedRequest> sent = p.emulator().recordedRequests();
      assertThat(sent).as(n.name() + " sent a request").isNotEmpty();
      assertThat(sent).as(n.name()).anySatisfy(r -> assertThat(r.pathWithoutQuery()).contains(n.pathPart()));
      reached.put(n.name(), sent.get(0).method() + " " + sent.get(0).pathWithoutQuery());
    }
    assertThat(reached).hasSize(SURFACE.size());
  }

  /** README's "The whole surface" table names the same namespaces, in this order, with these examples. */
  @Test
  void theReadmeTable_listsEveryNamespace_withTheExampleThisTestRuns() throws IOException {
    Path readme = Stream.of(Path.of("README.md"), Path.of("../README.md")).filter(Files::exists)
        .filter(f -> f.toAbsolutePath().getParent().resolve("amba-core").toFile().isDirectory())
        .findFirst().orElseThrow(() -> new AssertionError("the project's README.md"));
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf("## The whole surface: 34 namespaces");
    assertThat(start).as("README section").isNotNegative();
    Pattern row = Pattern.compile("^\\| (\\d+|—) \\| `([A-Za-z]+)` \\| ([a-z, ]+) \\| `(.+)` \\|$");
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher m = row.matcher(line);
      if (m.matches()) {
        Namespace n = SURFACE.get(names.size());
        assertThat(m.group(2)).isEqualTo(n.name());
        assertThat(m.group(4)).as(n.name()).isEqualTo(n.example());
        assertThat(m.group(3)).as(n.name()).isEqualTo(switch (n.side()) {
          case USER -> "user";
          case CLIENT -> "client";
          case BOTH -> "user, client";
        });
        names.add(m.group(2));
      }
    }
    assertThat(names).containsExactlyElementsOf(SURFACE.stream().map(Namespace::name).toList());
  }

  private static Method accessor(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
