package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.auth.AuthSession;
import dev.amba.testkit.AmbaEmulator;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * The example WAR's {@code GET /api/app/me}, the same on every server it is deployed to: a JAX-RS
 * resource behind the {@code verify-session} filter, reading the verified user from the request CDI
 * injects.
 */
final class ExampleWarSessions {

  private ExampleWarSessions() {}

  /** Asserts that a valid Amba session gets its own user, and a forged or missing one 401. */
  static void appEndpointActsForTheVerifiedSessionsUser(AmbaEmulator emulator, String api) {
    AuthSession session;
    try (AmbaClient app = AmbaClient.configure(emulator.config().toBuilder().serverKey(null).build())) {
      // What a browser or phone holds after signing in with Amba's client SDK.
      session = app.auth().signUpWithEmail("app-" + UUID.randomUUID() + "@example.com", "correct-horse");
    }
    Http phone = new Http(api);

    HttpResponse<String> me = phone.get("/app/me", "Authorization", "Bearer " + session.sessionToken());
    HttpResponse<String> forged = phone.get("/app/me", "Authorization", "Bearer amb_sess_forged0123456789abcdef");
    HttpResponse<String> none = phone.get("/app/me");

    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(Http.json(me).getString("uid")).isEqualTo(session.user().id());
    assertThat(Http.json(me).getString("email")).isEqualTo(session.user().email());
    assertThat(Http.json(me).getString("sessionExpiresAt")).isNotBlank();
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(Http.json(forged).getJsonObject("error").getString("code")).isEqualTo("invalid_token");
    assertThat(forged.body()).doesNotContain("forged0123456789");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(Http.json(none).getString("error")).isEqualTo("not_signed_in");
  }
}
