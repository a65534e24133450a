package dev.amba.wire.currencies;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.currencies.CurrencyBalanceView;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.TransactionFilter;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

    /** An admin call without the SDK, to send what the SDK refuses and read the answer exactly. */
    Raw admin(String method, String rest, String jsonBody) throws IOException, InterruptedException {
      return send(method, "/v1/admin/projects/" + project.projectId() + rest, jsonBody,
          Map.of("Authorization", "Bearer " + project.serverKey()));
    }

    /** As {@link #admin}, with an {@code Idempotency-Key}. */
    Raw admin(String method, String rest, String jsonBody, String key) throws IOException, InterruptedException {
      return send(method, "/v1/admin/projects/" + project.projectId() + rest, jsonBody,
          Map.of("Authorization", "Bearer " + project.serverKey(), "Idempotency-Key", key));
    }

    @Override
    public void afterEach(ExtensionContext context) {
      emulator.faults().reset();
      amba.close();
    }
  }

  private Raw send(String method, String path, String jsonBody, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
        .header("Content-Type", "application/json")
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody));
    headers.forEach(request::header);
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return new Raw(response.statusCode(), reader.readObject());
    }
  }

  /** An answer as sent: its status and JSON body. */
  record Raw(int status, JsonObject body) {
    JsonObject data() {
      return body.getJsonObject("data");
    }

    String code() {
      return body.getJsonObject("error").getString("code");
    }
  }
}
