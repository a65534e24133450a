package dev.amba.wire.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.amba.AmbaClient;
import dev.amba.AmbaListener;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.email.EmailMessage;
import dev.amba.email.EmailRecipient;
import dev.amba.push.Platform;
import dev.amba.push.TestPush;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.UploadSpec;
import dev.amba.streaks.NewStreak;
import dev.amba.streaks.StreakStatus;
import dev.amba.streaks.UserStreak;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.RecordedRequest;
import dev.amba.users.ProfileUpdate;
import dev.amba.wire.ManualClock;
import dev.amba.xp.NewXpRule;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser (issue 18): headless Chromium from the system's packages,
 * driven by Selenium through the system's chromedriver (no driver download, nothing from the
 * network). The SDK does something, the console must show it; the console does something, the SDK
 * must feel it. Every page's screenshot lands in {@code target/console-screenshots/}.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests skip, loudly,
 * unless {@code -Dconsole.browser.required=true} (which {@code .ci/run} sets) makes that a failure.
 */
class ConsoleBrowserTest {
  /** Debian's packages by default; another system names its own binaries with these properties. */
  private static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

  private AmbaEmulator emulator;
  private AmbaClient amba;
  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static Path profile;
  private static Path screenshots;
  private static final List<AmbaListener.Attempt> attempts = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "CONSOLE BROWSER TESTS NOT RUN: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; "
          + "install them with `apt-get install -y chromium chromium-driver` (.ci/run does)";
      if (Boolean.getBoolean("console.browser.required")) {
        fail(message + " and -Dconsole.browser.required=true asks for them");
      }
      System.err.println("\n" + "*".repeat(100) + "\n" + message + "\n" + "*".repeat(100) + "\n");
      Assumptions.abort(message);
    }
    screenshots = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
    Files.createDirectories(screenshots);
    profile = Files.createTempDirectory("amba-console-chromium");
    // The system's driver, named explicitly: Selenium Manager then never runs nor downloads.
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900", "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
  }

  /**
   * A fresh emulator per test, on its own clock: no test sees another's users, events or time, and
   * the console's event stream of the test before ends with its emulator.
   */
  @BeforeEach
  void startEmulator() {
    attempts.clear();
    emulator = AmbaEmulator.builder().clock(new ManualClock(START)).quiet(true).start();
    amba = AmbaClient.configure(emulator.config().toBuilder()
        .listener(new AmbaListener() {
          @Override
          public void onAttempt(Attempt attempt) {
            attempts.add(attempt);
          }
        })
        // A retry's backoff is not what these tests measure.
        .sleeper(wait -> { })
        .build());
  }

  @AfterEach
  void stopEmulator() {
    amba.close();
    emulator.close();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      if (profile != null) {
        try (var files = Files.walk(profile)) {
          files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
    }
  }

  // ---------------------------------------------------------------- scenarios

  @Test
  void anSdkUserAndItsEvents_showOnTheUserPage_andInTheLiveStream_derivedOnesMarked() {
    amba.xp().createRule(NewXpRule.of("Lesson", "lesson_done", 10));
    String uid = amba.auth().signInAnonymously().user().id();
    amba.asUser(uid).users().update(ProfileUpdate.create().displayName("Ada Console"));
    amba.currencies().create(dev.amba.currencies.NewCurrency.of("gems", "Gems"));
    amba.currencies().grant(dev.amba.currencies.CurrencyGrant.of(uid, "gems", 25));
    amba.entitlements().grant(uid, dev.amba.entitlements.EntitlementGrant.active("pro", "app_store").productId("pro_monthly"));
    amba.streaks().create(NewStreak.of("daily_lesson", "Daily lesson", "lesson_done"));
    openConsole("");

    // Tracked after the page is open: they arrive over the stream.
    visit("events");
    awaitText("[data-test=stream-state]", "live"::equals);
    amba.asUser(uid).events().track("lesson_done", Map.of("lesson", 1));
    WebElement derived = awaitRow("events-table", row -> row.contains("xp_awarded") && row.contains(uid));
    assertThat(derived.findElement(By.cssSelector(".badge")).getText()).isEqualTo("derived");
    WebElement tracked = awaitRow("events-table", row -> row.contains("lesson_done") && row.contains(uid));
    assertThat(tracked.findElement(By.cssSelector(".badge")).getText()).isEqualTo("tracked");
    screenshot("console-events");

    visit("users");
    WebElement box = driver.findElement(By.cssSelector("[data-test=user-search]"));
    box.sendKeys("ada con");
    driver.findElement(By.cssSelector("[data-test=user-search-go]")).click();
    awaitReady("users?search=ada%20con"::equals);
    screenshot("console-users");
    awaitRow("users-table", row -> row.contains(uid)).click();
    awaitReady(("users/" + uid)::equals);
    assertThat(text("[data-test='user-profile.display_name']")).isEqualTo("Ada Console");
    assertThat(text("[data-test='user-xp.total_xp']")).isEqualTo("10");
    assertThat(awaitRow("user-events", row -> row.contains("lesson_done")).getText()).contains("lesson");
    assertThat(awaitRow("user-balances", row -> row.contains("gems")).getText()).contains("25");
    assertThat(awaitRow("user-entitlements", row -> row.contains("pro")).getText()).contains("true", "app_store", "pro_monthly");
    assertThat(text("[data-test=streak-status-daily_lesson]")).isEqualTo("active");
    screenshot("console-user");
  }

  @Test
  void aFaultSetInTheConsole_makesTheNextSdkCallRetry() {
    String uid = amba.auth().signInAnonymously().user().id();
    openConsole("");
    visit("faults");
    new Select(driver.findElement(By.cssSelector("[data-test=fault-kind]"))).selectByValue("status");
    replace("[data-test=fault-status]", "503");
    replace("[data-test=fault-count]", "1");
    replace("[data-test=fault-prefix]", "/v1/client/events");
    driver.findElement(By.cssSelector("[data-test=fault-add]")).click();
    awaitText("[data-test='fault-state.pending']", "1"::equals);
    assertThat(rows("fault-rules")).containsExactly("status 503 /v1/client/events 1");
    screenshot("console-faults");

    emulator.clearRecordedRequests();
    attempts.clear();
    amba.asUser(uid).events().track("after_fault", Map.of());

    List<RecordedRequest> posts = emulator.recordedRequests().stream()
        .filter(r -> r.method().equals("POST") && r.pathWithoutQuery().equals("/v1/client/events")).toList();
    assertThat(posts).hasSize(2);
    List<AmbaListener.Attempt> tracked = attempts.stream().filter(a -> a.route().contains("/v1/client/events")).toList();
    assertThat(tracked).extracting(AmbaListener.Attempt::status).containsExactly(503, 200);
    assertThat(tracked.get(0).retryReason()).isPresent();

    visit("faults");
    assertThat(text("[data-test='fault-state.pending']")).isEqualTo("0");
    // And a rule added, then cleared from the console, leaves nothing for the SDK to meet.
    replace("[data-test=fault-count]", "3");
    driver.findElement(By.cssSelector("[data-test=fault-add]")).click();
    awaitText("[data-test='fault-state.pending']", "3"::equals);
    // The form was drawn afresh: no path prefix this time, so the rule holds for every path.
    assertThat(rows("fault-rules")).containsExactly("status 503 — 3");
    driver.findElement(By.cssSelector("[data-test=fault-clear]")).click();
    awaitText("[data-test='fault-state.pending']", "0"::equals);
    attempts.clear();
    amba.asUser(uid).events().track("after_clear", Map.of());
    assertThat(attempts.stream().filter(a -> a.route().contains("/v1/client/events")))
        .extracting(AmbaListener.Attempt::status).containsExactly(200);
  }

  @Test
  void advancingTheClockInTheConsole_breaksAStreak_thatTheSdkThenReads() {
    amba.streaks().create(NewStreak.of("daily_practice", "Daily practice", "practice_done"));
    String uid = amba.auth().signInAnonymously().user().id();
    amba.asUser(uid).events().track("practice_done", Map.of());
    openConsole("");
    visit("users/" + uid);
    assertThat(text("[data-test=streak-status-daily_practice]")).isEqualTo("active");

    visit("clock");
    Instant before = Instant.parse(text("[data-test=clock-now]"));
    replace("[data-test=clock-seconds]", String.valueOf(Duration.ofDays(2).toSeconds()));
    driver.findElement(By.cssSelector("[data-test=clock-advance]")).click();
    String after = before.plus(Duration.ofDays(2)).toString();
    awaitText("[data-test=clock-now]", after::equals);
    screenshot("console-clock");

    UserStreak streak = amba.asUser(uid).streaks().list().stream()
        .filter(s -> s.key().equals("daily_practice")).findFirst().orElseThrow();
    assertThat(streak.status()).isEqualTo(StreakStatus.BROKEN);
    assertThat(streak.currentCount()).isZero();
    visit("users/" + uid);
    assertThat(text("[data-test=streak-status-daily_practice]")).isEqualTo("broken");
    screenshot("console-user-streak");
  }

  @Test
  void collectionRows_areFilteredWithTheSdksOperators_andPaged() {
    amba.collections().define(CollectionDefinition.of("notes",
        Column.of("title", ColumnType.TEXT), Column.of("score", ColumnType.INTEGER)));
    String uid = amba.auth().signInAnonymously().user().id();
    for (int i = 1; i <= 22; i++) {
      amba.asUser(uid).collection("notes").insert(Map.of("title", "note " + i, "score", i));
    }
    openConsole("");
    visit("collections?name=notes&user=" + uid);
    assertThat(rows("collection-columns")).anyMatch(r -> r.contains("score") && r.contains("integer"));
    assertThat(rows("rows-table")).hasSize(20);
    String firstPage = driver.findElement(By.tagName("body")).getAttribute("data-ready");
    driver.findElement(By.cssSelector("[data-test=rows-next]")).click();
    awaitReady(ready -> !ready.equals(firstPage));
    assertThat(rows("rows-table")).hasSize(2);

    condition(false, "score", "gte", "20", "and");
    condition(true, "title", "eq", "note 21", "and");
    assertThat(driver.findElement(By.cssSelector("[data-test=rows-filter]")).getAttribute("value"))
        .isEqualTo("{\"and\":[{\"column\":\"score\",\"op\":\"gte\",\"value\":20},"
            + "{\"not\":{\"column\":\"title\",\"op\":\"eq\",\"value\":\"note 21\"}}]}");
    runRows();
    assertThat(rows("rows-table")).hasSize(2);
    assertThat(rows("rows-table")).anyMatch(r -> r.contains("note 20")).anyMatch(r -> r.contains("note 22"))
        .noneMatch(r -> r.contains("note 21"));

    // notIn and or, under their SDK names, spelled for the wire by the console.
    driver.findElement(By.cssSelector("[data-test=rows-filter]")).clear();
    condition(false, "score", "notIn", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]", "and");
    condition(false, "title", "isNull", "", "or");
    runRows();
    assertThat(rows("rows-table")).hasSize(2).allMatch(r -> r.contains("note 21") || r.contains("note 22"));
    screenshot("console-collections");

    // A filter the emulator refuses shows its answer.
    replace("[data-test=rows-filter]", "{\"column\":\"nope\",\"op\":\"eq\",\"value\":1}");
    driver.findElement(By.cssSelector("[data-test=rows-run]")).click();
    new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("error")).getText().isEmpty());
    assertThat(driver.findElement(By.id("error")).getText()).contains("400", "nope");
  }

  @Test
  void projectsPushEmailAndStorage_showWhatTheSdkDid_andFilesDownload() throws Exception {
    String uid = amba.auth().signInAnonymously().user().id();
    amba.asUser(uid).push().register("web-token-1", Platform.WEB);
    amba.push().sendTest(TestPush.of("Streak saved", "Come back tomorrow").toUser(uid));
    amba.email().send(EmailRecipient.address("ada@example.com"), EmailMessage.text("Welcome aboard", "Hello Ada"));
    amba.storage().createBucket("avatars");
    byte[] bytes = "hello from the console test".getBytes(StandardCharsets.UTF_8);
    MediaAsset asset = amba.asUser(uid).storage().upload(UploadSpec.of("avatars", "hello.txt", "text/plain"), bytes);

    openConsole("");
    visit("projects");
    String projectId = emulator.defaultProject().projectId();
    WebElement serverKey = driver.findElement(By.cssSelector("[data-test=project-" + projectId + "] [data-test=server-key]"));
    assertThat(serverKey.getText()).endsWith("••••••••").doesNotContain(emulator.defaultProject().serverKey());
    screenshot("console-projects");
    serverKey.click();
    assertThat(serverKey.getText()).isEqualTo(emulator.defaultProject().serverKey());
    serverKey.click();
    assertThat(serverKey.getText()).endsWith("••••••••");
    driver.findElement(By.cssSelector("[data-test=project-" + projectId + "] [data-test=copy-server-key]")).click();
    awaitText("[data-test=project-" + projectId + "] [data-test=copy-server-key]", "Copied"::equals);

    visit("push");
    assertThat(awaitRow("push-table", r -> r.contains("Streak saved")).getText()).contains(uid, "web");
    screenshot("console-push");

    visit("email");
    assertThat(awaitRow("email-table", r -> r.contains("Welcome aboard")).getText()).contains("ada@example.com", "sent");
    screenshot("console-email");

    visit("storage?user=" + uid);
    WebElement row = awaitRow("files-table", r -> r.contains(asset.key()));
    String href = row.findElement(By.cssSelector("[data-test=download]")).getAttribute("href");
    HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(bytes);
    screenshot("console-storage");
  }

  @Test
  void aTokenInThePagesUrl_goesOnEveryRequest_andOnTheEventStream() {
    emulator.clearRecordedRequests();
    openConsole("?token=t0ken-123");
    visit("users");
    List<RecordedRequest> seen = emulator.recordedRequests();
    List<RecordedRequest> calls = seen.stream()
        .filter(r -> r.pathWithoutQuery().startsWith("/v1/") || r.pathWithoutQuery().startsWith("/_emulator/console/api/projects")
            || r.pathWithoutQuery().equals("/_emulator/clock"))
        .toList();
    assertThat(calls).isNotEmpty().allSatisfy(r -> assertThat(r.header("X-Emulator-Token")).as(r.toString()).isEqualTo("t0ken-123"));
    assertThat(seen).anyMatch(r -> r.pathWithoutQuery().equals("/_emulator/console/api/events/stream")
        && r.path().contains("token=t0ken-123"));
    // The page's own files too: beyond loopback the emulator asks for the token on every console route.
    assertThat(seen.stream().filter(r -> r.pathWithoutQuery().startsWith("/_emulator/console")))
        .extracting(RecordedRequest::pathWithoutQuery)
        .contains("/_emulator/console", "/_emulator/console/console.js", "/_emulator/console/console.css");
    assertThat(seen.stream().filter(r -> r.pathWithoutQuery().startsWith("/_emulator/console")))
        .allSatisfy(r -> assertThat(r.path().contains("token=t0ken-123") || "t0ken-123".equals(r.header("X-Emulator-Token")))
            .as(r.toString()).isTrue());
  }

  // ---------------------------------------------------------------- helpers

  /** Loads this test's emulator's console (a new document, so a new event stream) and waits for its first page. */
  private void openConsole(String query) {
    driver.get(emulator.apiUrl() + "/_emulator/console" + query + "#/projects");
    awaitReady("projects"::equals);
  }

  /** Goes to {@code #/<hash>} and waits until that page's data is drawn. */
  private static void visit(String hash) {
    ((JavascriptExecutor) driver).executeScript(
        "document.body.removeAttribute('data-ready');"
            + "if (location.hash === '#/' + arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
            + "else location.hash = '#/' + arguments[0];", hash);
    awaitReady(hash::equals);
  }

  /** Waits for the page the console marks ready, failing at once with the console's error if it shows one. */
  private static void awaitReady(Predicate<String> page) {
    waiting().until(d -> {
      WebElement error = d.findElement(By.id("error"));
      if (error.isDisplayed()) {
        throw new AssertionError("the console shows an error: " + error.getText());
      }
      String ready = d.findElement(By.tagName("body")).getAttribute("data-ready");
      return ready != null && page.test(ready);
    });
  }

  private static void awaitText(String css, Predicate<String> wanted) {
    waiting().until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return !found.isEmpty() && wanted.test(found.get(0).getText());
    });
  }

  /** A wait that looks again when the console redrew the element it was reading. */
  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> rows(String table) {
    return driver.findElements(By.cssSelector("[data-test=" + table + "] tbody tr")).stream()
        .map(WebElement::getText).toList();
  }

  private static WebElement awaitRow(String table, Predicate<String> wanted) {
    return waiting().until(d -> d.findElements(By.cssSelector("[data-test=" + table + "] tbody tr"))
        .stream().filter(r -> wanted.test(r.getText())).findFirst().orElse(null));
  }

  private static void replace(String css, String value) {
    WebElement input = driver.findElement(By.cssSelector(css));
    input.clear();
    input.sendKeys(value);
  }

  private static void condition(boolean not, String column, String sdkOperator, String value, String join) {
    WebElement negate = driver.findElement(By.cssSelector("[data-test=cond-not]"));
    if (negate.isSelected() != not) {
      negate.click();
    }
    new Select(driver.findElement(By.cssSelector("[data-test=cond-column]"))).selectByValue(column);
    new Select(driver.findElement(By.cssSelector("[data-test=cond-op]"))).selectByVisibleText(sdkOperator);
    replace("[data-test=cond-value]", value);
    new Select(driver.findElement(By.cssSelector("[data-test=cond-join]"))).selectByValue(join);
    driver.findElement(By.cssSelector("[data-test=cond-add]")).click();
  }

  private static void screenshot(String name) {
    try {
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot save the screenshot " + name, e);
    }
  }

  /** Clicks "Find rows" and waits for the page it leads to, which differs from the one shown. */
  private static void runRows() {
    String shown = driver.findElement(By.tagName("body")).getAttribute("data-ready");
    driver.findElement(By.cssSelector("[data-test=rows-run]")).click();
    awaitReady(ready -> !ready.equals(shown));
  }
}
