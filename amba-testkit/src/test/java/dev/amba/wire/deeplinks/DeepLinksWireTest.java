package dev.amba.wire.deeplinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.deeplinks.DeepLinkConfig;
import dev.amba.deeplinks.DeepLinkConfigUpdate;
import dev.amba.deeplinks.LinkStats;
import dev.amba.deeplinks.NewTrackedLink;
import dev.amba.deeplinks.PublicLinkConfig;
import dev.amba.deeplinks.ResolvedLink;
import dev.amba.deeplinks.TrackedLink;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.wire.Together;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 30 over the wire: links made by admins and users, 30.3's slug rule, resolving (counts nothing),
 * clicks (a row and the count in one step), stats and the settings. Every refused call answers its
 * 4xx and leaves the links and settings as they were.
 */
class DeepLinksWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-03-04T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void users() {
    ada = p.newUser("Ada");
    bob = p.newUser("Bob");
  }

  private static List<TrackedLink> links() {
    return p.amba().deepLinks().listAll().toList();
  }

  /** The call fails with {@code type} and {@code code}, and no link nor the settings changed. */
  private static void refused(ThrowingCallable call, Class<? extends AmbaApiException> type, String code) {
    List<TrackedLink> before = links();
    Optional<DeepLinkConfig> config = p.amba().deepLinks().config();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(links()).isEqualTo(before);
    assertThat(p.amba().deepLinks().config()).isEqualTo(config);
  }

  private static void refusedRaw(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  private static TrackedLink sale() {
    return p.amba().deepLinks().create(NewTrackedLink.to("https://shop.example.com/sale").slug("summer-sale")
        .metadata(Map.of("campaign", "summer", "discount", 20)));
  }

  // ---------------------------------------------------------------- creating links

  @Test
  void adminCreate_is201_withTheSlugDestinationAndMetadata_noMakerAndNoClicks() {
    TrackedLink link = sale();
    assertThat(link.slug()).isEqualTo("summer-sale");
    assertThat(link.destinationUrl()).isEqualTo("https://shop.example.com/sale");
    assertThat(link.metadata()).isEqualTo(Map.of("campaign", "summer", "discount", 20L));
    assertThat(link.clickCount()).isZero();
    assertThat(link.createdBy()).isNull();
    assertThat(link.createdAt()).isEqualTo(clock.instant());
    assertThat(links()).containsExactly(link);
    ModuleCalls.Answer raw = p.raw().admin("POST", "/deep-links/tracked",
        "{\"slug\":\"raw\",\"destination_url\":\"myapp://raw\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getJsonObject("metadata")).isEmpty();
  }

  @Test
  void adminCreate_withoutASlug_isRefusedBeforeSending_andTheServiceAnswers400() {
    assertThatThrownBy(() -> p.amba().deepLinks().create(NewTrackedLink.to("https://example.com")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slug");
    ModuleCalls.Answer raw = p.raw().admin("POST", "/deep-links/tracked", "{\"destination_url\":\"https://e.com\"}");
    refusedRaw(raw, 400, "invalid_input");
    assertThat(raw.fieldPaths()).containsExactly("slug");
    assertThat(links()).isEmpty();
  }

  @Test
  void userCreate_withoutASlug_makesEightCharactersOfAToZAndDigits_andRecordsTheMaker() {
    TrackedLink mine = ada.deepLinks().create(NewTrackedLink.to("myapp://invite/42"));
    assertThat(mine.slug()).matches("[a-z0-9]{8}");
    assertThat(mine.createdBy()).isEqualTo(ada.uid());
    assertThat(ada.deepLinks().create(NewTrackedLink.to("myapp://invite/43")).slug()).isNotEqualTo(mine.slug());
    assertThat(links()).hasSize(2);
  }

  @Test
  void userCreate_cannotClaimSomeoneElsesMaker_theServiceSetsCreatedBy() {
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/deep-links",
        "{\"destination_url\":\"https://e.com\",\"created_by\":\"" + bob.uid() + "\"}");
    refusedRaw(raw, 400, "invalid_input");
    raw = p.raw().asUser(ada.uid(), "POST", "/deep-links", "{\"destination_url\":\"https://e.com\",\"click_count\":99}");
    refusedRaw(raw, 400, "invalid_input");
    assertThat(links()).isEmpty();
  }

  @Test
  void aSlugTaken_is409SlugTaken_forAdminsAndUsers() {
    sale();
    refused(() -> p.amba().deepLinks().create(NewTrackedLink.to("https://other.example.com").slug("summer-sale")),
        AmbaConflictException.class, "slug_taken");
    refused(() -> bob.deepLinks().create(NewTrackedLink.to("https://other.example.com").slug("summer-sale")),
        AmbaConflictException.class, "slug_taken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-lead", "_lead", "Upper", "has space", "dot.ted", "sl/ash", "é",
      "a2345678901234567890123456789012345678901234567890123456789012345"})
  void slugsOutside303_areRefusedByTheSdk_andByTheService(String slug) {
    assertThatThrownBy(() -> NewTrackedLink.to("https://e.com").slug(slug))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slug");
    ModuleCalls.Answer raw = p.raw().admin("POST", "/deep-links/tracked",
        "{\"slug\":\"" + slug + "\",\"destination_url\":\"https://e.com\"}");
    refusedRaw(raw, 400, "invalid_input");
    assertThat(links()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "9-lives", "a_b-c", "a234567890123456789012345678901234567890123456789012345678901234"})
  void slugsWithin303_areTaken(String slug) {
    assertThat(p.amba().deepLinks().create(NewTrackedLink.to("https://e.com").slug(slug)).slug()).isEqualTo(slug);
    assertThat(bob.deepLinks().resolve(slug).slug()).isEqualTo(slug);
  }

  @Test
  void destinationsThatAreNoAbsoluteUrl_andMetadataThatIsNoObject_are400() {
    assertThatThrownBy(() -> NewTrackedLink.to("/relative/path")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destinationUrl");
    assertThatThrownBy(() -> NewTrackedLink.to("https://e.com/a b")).isInstanceOf(IllegalArgumentException.class);
    refusedRaw(p.raw().admin("POST", "/deep-links/tracked", "{\"slug\":\"x\",\"destination_url\":\"/relative\"}"),
        400, "invalid_input");
    refusedRaw(p.raw().admin("POST", "/deep-links/tracked",
        "{\"slug\":\"x\",\"destination_url\":\"https://e.com\",\"metadata\":[1]}"), 400, "invalid_input");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/deep-links", "{\"destination_url\":\"https://e.com\",\"metadata\":\""
        + "x".repeat(9000) + "\"}"), 400, "invalid_input");
    assertThat(links()).isEmpty();
  }

  // ---------------------------------------------------------------- resolving

  @Test
  void resolve_answersWhereTheLinkGoes_withoutItsMakerOrCount_andCountsNothing() {
    TrackedLink mine = ada.deepLinks().create(NewTrackedLink.to("myapp://invite/42").slug("ada-invite")
        .metadata(Map.of("from", "ada")));
    ResolvedLink seen = bob.deepLinks().resolve("ada-invite");
    assertThat(seen).isEqualTo(new ResolvedLink(mine.id(), "ada-invite", "myapp://invite/42", Map.of("from", "ada")));
    ModuleCalls.Answer raw = p.raw().asUser(bob.uid(), "GET", "/deep-links/resolve/ada-invite", null);
    assertThat(raw.data().keySet()).containsExactlyInAnyOrder("id", "slug", "destination_url", "metadata");
    assertThat(links()).singleElement().satisfies(l -> assertThat(l.clickCount()).isZero());
    assertThat(p.amba().deepLinks().stats(mine.id()).totalClicks()).isZero();
  }

  @Test
  void resolve_ofAnUnknownOrDeletedSlug_is404NotFound_andADeletedSlugIsFreeAgain() {
    TrackedLink link = sale();
    assertThatThrownBy(() -> ada.deepLinks().resolve("winter-sale")).isInstanceOfSatisfying(
        AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    p.amba().deepLinks().delete(link.id());
    assertThatThrownBy(() -> ada.deepLinks().resolve("summer-sale")).isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba().deepLinks().create(NewTrackedLink.to("https://e.com").slug("summer-sale")).id())
        .isNotEqualTo(link.id());
    refusedRaw(p.raw().asUser(ada.uid(), "GET", "/deep-links/resolve/NOT%20A%20SLUG", null), 404, "not_found");
    assertThatThrownBy(() -> ada.deepLinks().resolve("NOT A SLUG")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- clicks

  @Test
  void click_is201Tracked_addsOne_andStatsCountUsersAndPlatforms() {
    TrackedLink link = sale();
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/deep-links/click",
        "{\"tracked_link_id\":\"" + link.id() + "\",\"platform\":\"ios\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getBoolean("tracked")).isTrue();
    ada.deepLinks().click(link.id(), "ios");
    bob.deepLinks().click(link.id(), "android");
    bob.deepLinks().click(link.id());
    assertThat(links()).singleElement().satisfies(l -> assertThat(l.clickCount()).isEqualTo(4));
    assertThat(p.amba().deepLinks().stats(link.id())).isEqualTo(new LinkStats(link.id(), "summer-sale", 4, 2,
        Map.of("ios", 2L, "android", 1L, "unknown", 1L)));
  }

  @Test
  void click_ofALinkTheProjectDoesNotHave_is404_andCountsNothing() {
    TrackedLink link = sale();
    refused(() -> ada.deepLinks().click("00000000-0000-4000-8000-000000000000", "ios"), AmbaNotFoundException.class,
        "not_found");
    p.amba().deepLinks().delete(link.id());
    refused(() -> ada.deepLinks().click(link.id()), AmbaNotFoundException.class, "not_found");
  }

  @Test
  void click_withABadLinkIdOrPlatform_isRefusedBeforeSending_andByTheService() {
    TrackedLink link = sale();
    assertThatThrownBy(() -> ada.deepLinks().click("summer-sale")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trackedLinkId");
    assertThatThrownBy(() -> ada.deepLinks().click(link.id(), "iOS 17")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/deep-links/click", "{\"tracked_link_id\":\"summer-sale\"}"), 400,
        "invalid_input");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/deep-links/click",
        "{\"tracked_link_id\":\"" + link.id() + "\",\"platform\":\"iOS 17\"}"), 400, "invalid_input");
    refusedRaw(p.raw().asUser(ada.uid(), "POST", "/deep-links/click", "{}"), 400, "invalid_input");
    assertThat(p.amba().deepLinks().stats(link.id()).totalClicks()).isZero();
  }

  @Test
  void clicksAtOnce_eachCount_theRowsAndTheCountAgree() throws Exception {
    TrackedLink link = sale();
    List<AmbaUser> users = List.of(ada, bob, p.newUser(), p.newUser());
    int rounds = 5;
    Together.run(users.size(), t -> {
      for (int i = 0; i < rounds; i++) {
        users.get(t).deepLinks().click(link.id(), "web");
      }
      return null;
    });
    int n = users.size() * rounds;
    assertThat(links()).singleElement().satisfies(l -> assertThat(l.clickCount()).isEqualTo(n));
    assertThat(p.amba().deepLinks().stats(link.id())).isEqualTo(new LinkStats(link.id(), "summer-sale", n,
        users.size(), Map.of("web", (long) n)));
  }

  // ---------------------------------------------------------------- admin list, stats, delete

  @Test
  void list_isNewestFirst_inOffsetPages() {
    for (int i = 0; i < 5; i++) {
      p.amba().deepLinks().create(NewTrackedLink.to("https://e.com/" + i).slug("l" + i));
      clock.advance(Duration.ofSeconds(1));
    }
    OffsetPage<TrackedLink> page = p.amba().deepLinks().list(1, 2);
    assertThat(page.items()).extracting(TrackedLink::slug).containsExactly("l3", "l2");
    assertThat(page.total()).isEqualTo(5);
    assertThat(links()).extracting(TrackedLink::slug).containsExactly("l4", "l3", "l2", "l1", "l0");
    assertThatThrownBy(() -> p.amba().deepLinks().list(0, 101)).isInstanceOf(IllegalArgumentException.class);
    refusedRaw(p.raw().admin("GET", "/deep-links/tracked?limit=101", null), 400, "invalid_input");
    assertThat(p.raw().admin("GET", "/deep-links/tracked", null).json().getInt("limit")).isEqualTo(50);
  }

  @Test
  void statsAndDelete_ofAnUnknownLink_are404_andBadIdsAreRefusedBeforeSending() {
    sale();
    refused(() -> p.amba().deepLinks().stats("00000000-0000-4000-8000-000000000000"), AmbaNotFoundException.class,
        "not_found");
    refused(() -> p.amba().deepLinks().delete("00000000-0000-4000-8000-000000000000"), AmbaNotFoundException.class,
        "not_found");
    assertThatThrownBy(() -> p.amba().deepLinks().delete("summer-sale")).isInstanceOf(IllegalArgumentException.class);
    refusedRaw(p.raw().admin("DELETE", "/deep-links/tracked/summer-sale", null), 404, "not_found");
    assertThat(links()).hasSize(1);
  }

  @Test
  void delete_answersTheDeleteMarker() {
    TrackedLink link = sale();
    ModuleCalls.Answer raw = p.raw().admin("DELETE", "/deep-links/tracked/" + link.id(), null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("id")).isEqualTo(link.id());
    assertThat(raw.data().getBoolean("deleted")).isTrue();
    assertThat(links()).isEmpty();
  }

  // ---------------------------------------------------------------- settings

  @Test
  void config_beforeAnyIsSet_isDataNull_forUsersAndAdmins() {
    assertThat(ada.deepLinks().config()).isEmpty();
    assertThat(p.amba().deepLinks().config()).isEmpty();
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "GET", "/deep-links/config", null);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.json().isNull("data")).isTrue();
  }

  @Test
  void updateConfig_makesThenChangesOnlyTheFieldsGiven_nullClears_andUsersSeeThePublicThree() {
    DeepLinkConfig made = p.amba().deepLinks().updateConfig(DeepLinkConfigUpdate.create().urlScheme("myapp")
        .universalLinkDomain("links.example.com").androidPackageName("com.example.app").iosBundleId("com.example.app")
        .fallbackUrl("https://example.com/get"));
    assertThat(made.createdAt()).isEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(1));
    DeepLinkConfig changed = p.amba().deepLinks().updateConfig(DeepLinkConfigUpdate.create().urlScheme("otherapp")
        .iosBundleId(null));
    assertThat(changed).isEqualTo(new DeepLinkConfig(made.id(), "otherapp", "links.example.com", "com.example.app",
        null, "https://example.com/get", made.createdAt(), clock.instant()));
    assertThat(p.amba().deepLinks().config()).contains(changed);
    assertThat(bob.deepLinks().config()).contains(new PublicLinkConfig("otherapp", "links.example.com",
        "https://example.com/get"));
    assertThat(p.raw().asUser(bob.uid(), "GET", "/deep-links/config", null).data().keySet())
        .containsExactlyInAnyOrder("url_scheme", "universal_link_domain", "fallback_url");
  }

  @Test
  void updateConfig_thatSetsNothingOrBreaksARule_isRefused_andChangesNothing() {
    DeepLinkConfig before = p.amba().deepLinks().updateConfig(DeepLinkConfigUpdate.create().urlScheme("myapp"));
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> p.amba().deepLinks().updateConfig(DeepLinkConfigUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().fallbackUrl("myapp://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackUrl");
    assertThatThrownBy(() -> DeepLinkConfigUpdate.create().androidPackageName("app"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("androidPackageName");
    for (String body : List.of("{}", "{\"fallback_url\":\"myapp://x\"}", "{\"url_scheme\":\"1app\"}",
        "{\"universal_link_domain\":\"not a host\"}", "{\"ios_bundle_id\":\"nodot\"}", "{\"id\":\"x\"}")) {
      refusedRaw(p.raw().admin("PUT", "/deep-links/config", body), 400, "invalid_input");
    }
    assertThat(p.amba().deepLinks().config()).contains(before);
  }
}
