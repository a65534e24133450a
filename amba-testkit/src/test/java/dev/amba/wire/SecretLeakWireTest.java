package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.RetryPolicy;
import dev.amba.storage.PresignedUpload;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, findings 2 to 4: a hostile or careless server, proxy or storage host gets no key out of
 * the SDK, whether it echoes the key back in any field and form or redirects the call elsewhere.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class SecretLeakWireTest {

  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
  private static final Map<String, String> HTML = Map.of("Content-Type", "text/html");

  // ---- finding 2: a key with a control character -------------------------------------------------

  @Test
  void keyWithAControlCharacter_isRefusedAtBuild_namingTheSettingNeverTheValue_andNothingIsSent(AmbaEmulator emulator) {
    EmulatorProject p = emulator.defaultProject();
    emulator.clearRecordedRequests();
    for (String bad : List.of(p.serverKey() + "\r\nX-Injected: 1", p.serverKey().substring(0, 20) + "\u0000"
        + p.serverKey().substring(20), p.serverKey() + "\u0085")) {
      Throwable refused = catchThrowable(() -> {
        try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().serverKey(bad).build())) {
          amba.users().list(dev.amba.users.UserQuery.all());
        }
      });
      assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serverKey");
      assertNoPieceOf(p.serverKey(), messages(refused));
    }
    Throwable fromEnv = catchThrowable(() -> AmbaConfig.fromEnvironment(Map.of(
        AmbaConfig.ENV_PROJECT_ID, p.projectId(), AmbaConfig.ENV_CLIENT_KEY, p.clientKey() + "\nX-Injected: 1",
        AmbaConfig.ENV_API_URL, emulator.apiUrl())));
    assertThat(fromEnv).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AmbaConfig.ENV_CLIENT_KEY);
    assertNoPieceOf(p.clientKey(), messages(fromEnv));
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  // ---- finding 3: echoed secrets -----------------------------------------------------------------

  @Test
  void serverEchoingTheKeys_inCodeRequestIdAndDetails_upperCasedOrPercentEncoded_leavesNoKeyInTheException(
      AmbaEmulator emulator, AmbaClient amba) {
    EmulatorProject p = emulator.defaultProject();
    String sk = p.serverKey();
    String ck = p.clientKey();
    String body = "{\"error\":{\"code\":\"invalid_key_" + sk.toUpperCase(Locale.ROOT) + "\","
        + "\"message\":\"Bearer " + sk.replace("_", "%5F") + " with " + ck.replace("_", "%5f") + "\","
        + "\"request_id\":\"" + percentEncodeAll(sk, false) + "\","
        + "\"details\":{\"headers\":{\"authorization\":\"Bearer " + sk + "\",\"x-api-key\":\"" + ck.toUpperCase(Locale.ROOT)
        + "\"},\"echo\":[\"" + percentEncodeAll(sk, true) + "\",{\"deeper\":[\"" + sk.toLowerCase(Locale.ROOT) + "\"]}],"
        + "\"" + sk + "\":\"the key as a name\"}}}";
    AmbaUser user = amba.asUser(emulator.createUser(p));
    emulator.faults().failNext(1, 401, body, Map.of("Content-Type", "application/json", "X-Request-Id", "Bearer " + sk));
    Throwable admin = catchThrowable(() -> amba.users().list(dev.amba.users.UserQuery.all()));
    emulator.faults().failNext(1, 403, body, JSON);
    Throwable onBehalf = catchThrowable(() -> user.users().me());
    for (Throwable t : List.of(admin, onBehalf)) {
      assertThat(t).isInstanceOf(AmbaApiException.class);
      List<String> shown = rendered((AmbaApiException) t);
      assertNoPieceOf(sk, shown);
      assertNoPieceOf(ck, shown);
      assertThat(String.join(" ", shown)).contains("amb_dev_sk_****");
    }
  }

  @Test
  void proxyEchoingTheKey_inATextPage_cutThroughByThe2KbLimit_leavesNoPrefixOfIt(AmbaEmulator emulator) {
    String sk = emulator.defaultProject().serverKey();
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().retryPolicy(RetryPolicy.none()).build())) {
      String lead = "<p>Authorization: Bearer ";
      // Cuts from the key's first secret character to its last: the 2 KB limit lands inside the key.
      for (int inside = 1; inside <= secretPart(sk).length(); inside += 3) {
        int keyStart = ErrorDecoderLimit.TEXT - "amb_dev_sk_".length() - inside;
        String page = "y".repeat(keyStart - lead.length()) + lead + sk + "</p>" + "z".repeat(4000);
        emulator.faults().failNext(1, 502, page, HTML);
        AmbaApiException e = (AmbaApiException) catchThrowable(() -> amba.users().list(dev.amba.users.UserQuery.all()));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.serverMessage()).as("cut %d characters into the secret", inside).hasSizeLessThan(2100);
        assertNoPieceOf(sk, rendered(e));
      }
      emulator.faults().failNext(1, 502, "<p>AUTHORIZATION: BEARER " + sk.toUpperCase(Locale.ROOT).replace("_", "%5F")
          + "</p>", HTML);
      AmbaApiException upper = (AmbaApiException) catchThrowable(() -> amba.users().list(dev.amba.users.UserQuery.all()));
      assertNoPieceOf(sk, rendered(upper));
    }
  }

  @Test
  void storageHostEchoingTheSignedUploadUrl_leavesNoSignatureInTheException(AmbaEmulator emulator, AmbaClient amba) {
    amba.storage().createBucket("leak-bucket");
    AmbaUser user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    PresignedUpload up = user.storage().presign("leak-bucket", "a.txt", "text/plain", 5);
    String url = up.uploadUrl().toString();
    String signature = queryParam(up.uploadUrl().getRawQuery(), "signature");
    assertThat(signature).hasSizeGreaterThan(16);
    String xml = "<Error><Code>SignatureDoesNotMatch</Code><Message>no match for " + url + "</Message><Signature>"
        + signature.toUpperCase(Locale.ROOT) + "</Signature><Query>" + up.uploadUrl().getRawQuery().replace("&", "%26")
        + "</Query></Error>";
    String json = "{\"error\":{\"code\":\"denied_" + signature + "\",\"message\":\"PUT " + url + "\",\"details\":{\"url\":\""
        + url.replace("?", "%3F").replace("=", "%3d") + "\",\"" + signature + "\":true}}}";
    List<String> shown = new ArrayList<>();
    for (String body : List.of(xml, json)) {
      emulator.faults().onlyFor(up.uploadUrl().getRawPath()).failNext(1, 403, body,
          body.startsWith("<") ? Map.of("Content-Type", "application/xml") : JSON);
      Throwable t = catchThrowable(() -> user.storage().put(up, "hello".getBytes(StandardCharsets.UTF_8)));
      assertThat(t).isInstanceOf(AmbaApiException.class);
      shown.addAll(rendered((AmbaApiException) t));
    }
    assertNoPieceOf(signature, shown);
    // The signature was good: with the faults used up the same upload goes through.
    user.storage().put(up, "hello".getBytes(StandardCharsets.UTF_8));
  }

  // ---- finding 4: redirects ----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = HttpClient.Redirect.class, names = {"ALWAYS", "NORMAL"})
  void callerHttpClientThatFollowsRedirects_isRefusedAtBuild_soNoKeyReachesTheOriginARedirectNames(
      HttpClient.Redirect policy) throws IOException {
    for (int status : new int[] {302, 307}) {
      try (Origins origins = Origins.start(status)) {
        HttpClient http = HttpClient.newBuilder().followRedirects(policy).build();
        Throwable refused = catchThrowable(() -> {
          AmbaConfig config = AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_redirect0123456789")
              .serverKey("amb_dev_sk_redirect0123456789").apiUrl(origins.redirectorUrl()).httpClient(http)
              .retryPolicy(RetryPolicy.none()).build();
          try (AmbaClient amba = AmbaClient.configure(config)) {
            amba.users().list(dev.amba.users.UserQuery.all());
          }
        });
        assertThat(origins.authorizationsAtTheOtherOrigin).as("Redirect.%s, %d", policy, status).isEmpty();
        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("httpClient").hasMessageContaining("Redirect." + policy)
            .hasMessageContaining("Redirect.NEVER");
        assertThat(origins.redirectorHits.get()).isZero();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void sdkDefaultClient_andACallerClientThatNeverFollows_surfaceARedirectAsAnError_neverFollowIt(int status)
      throws IOException {
    try (Origins origins = Origins.start(status)) {
      AmbaConfig base = AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_redirect0123456789")
          .serverKey("amb_dev_sk_redirect0123456789").apiUrl(origins.redirectorUrl()).retryPolicy(RetryPolicy.none())
          .build();
      HttpClient never = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      for (AmbaConfig config : List.of(base, base.toBuilder().httpClient(never).build())) {
        try (AmbaClient amba = AmbaClient.configure(config)) {
          assertThatThrownBy(() -> amba.users().list(dev.amba.users.UserQuery.all()))
              .isInstanceOfSatisfying(AmbaApiException.class, e -> assertThat(e.status()).isEqualTo(status));
        }
      }
      assertThat(origins.redirectorHits.get()).isEqualTo(2);
      assertThat(origins.requestsAtTheOtherOrigin.get()).isZero();
    }
  }

  /** A loopback origin that redirects every request to a second one, which records what it got. */
  private static final class Origins implements AutoCloseable {
    final HttpServer redirector;
    final HttpServer other;
    final AtomicInteger redirectorHits = new AtomicInteger();
    final AtomicInteger requestsAtTheOtherOrigin = new AtomicInteger();
    final List<String> authorizationsAtTheOtherOrigin = new CopyOnWriteArrayList<>();

    private Origins(int status) throws IOException {
      other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      other.createContext("/", exchange -> {
        requestsAtTheOtherOrigin.incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
          authorizationsAtTheOtherOrigin.add(auth);
        }
        exchange.getRequestBody().readAllBytes();
        byte[] ok = "{\"data\":[],\"has_more\":false}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, ok.length);
        exchange.getResponseBody().write(ok);
        exchange.close();
      });
      other.start();
      redirector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      redirector.createContext("/", exchange -> {
        redirectorHits.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Location",
            "http://localhost:" + other.getAddress().getPort() + exchange.getRequestURI());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
      });
      redirector.start();
    }

    static Origins start(int status) throws IOException {
      return new Origins(status);
    }

    String redirectorUrl() {
      return "http://127.0.0.1:" + redirector.getAddress().getPort();
    }

    @Override
    public void close() {
      redirector.stop(0);
      other.stop(0);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** How much of a text error body the SDK keeps (ErrorDecoder.TEXT_LIMIT, which is internal). */
  private static final class ErrorDecoderLimit {
    static final int TEXT = 2048;
  }

  /** The part of a key after its public {@code amb_<env>_<kind>_} prefix. */
  private static String secretPart(String key) {
    return key.substring(publicPrefix(key).length());
  }

  private static String publicPrefix(String key) {
    return key.startsWith("amb_") ? key.substring(0, key.indexOf('_', key.indexOf('_', 4) + 1) + 1) : "";
  }

  /**
   * Fails if any text, in any case, percent-decoded (twice), holds the first 8 characters of the
   * secret or, for a key, its public prefix followed by even one secret character: what a text cut
   * inside the key keeps.
   */
  private static void assertNoPieceOf(String key, List<String> texts) {
    String secret = secretPart(key).toLowerCase(Locale.ROOT);
    String prefix = publicPrefix(key).toLowerCase(Locale.ROOT);
    for (String text : texts) {
      String plain = decode(decode(text)).toLowerCase(Locale.ROOT);
      assertThat(plain).as("shown text").doesNotContain(secret.substring(0, Math.min(8, secret.length())));
      if (!prefix.isEmpty()) {
        assertThat(plain).as("shown text").doesNotContain(prefix + secret.charAt(0));
      }
    }
  }

  private static String decode(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        sb.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static String percentEncodeAll(String s, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      String hex = String.format("%02x", b);
      sb.append('%').append(upper ? hex.toUpperCase(Locale.ROOT) : hex);
    }
    return sb.toString();
  }

  private static String queryParam(String rawQuery, String name) {
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + rawQuery.length() + " query characters");
  }

  private static List<String> rendered(AmbaApiException e) {
    return List.of(String.valueOf(e.getMessage()), e.toString(), String.valueOf(e.code()),
        String.valueOf(e.serverMessage()), String.valueOf(e.requestId()), String.valueOf(e.details()));
  }

  private static List<String> messages(Throwable t) {
    List<String> out = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.add(String.valueOf(c.getMessage()));
      out.add(c.toString());
    }
    return out;
  }
}
