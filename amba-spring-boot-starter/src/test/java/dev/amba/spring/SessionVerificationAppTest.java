package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.auth.AuthSession;
import dev.amba.spring.app.DemoApplication;
import dev.amba.spring.test.AutoConfigureAmbaEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A BFF in Spring Boot: {@code amba.filter.verify-session=true} turns the caller's Amba session
 * token ({@code Authorization: Bearer}) into {@code ambaUser}, verified by the emulator over HTTP,
 * and answers a refused token 401 before the controller runs.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"amba.filter.verify-session=true", "amba.filter.url-patterns=/api/*"})
@AutoConfigureAmbaEmulator(clients = "acme")
class SessionVerificationAppTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired AmbaClient amba;
  @Autowired @AmbaClientName("acme") AmbaClient acme;

  @Test
  void aVerifiedSessionToken_becomesTheCaller_aRefusedOneGets401() throws Exception {
    AuthSession session = amba.auth().signUpWithEmail("bff" + System.nanoTime() + "@example.com", "a long password");
    HttpResponse<String> verified = whoami("Bearer " + session.sessionToken());
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("\"uid\":\"" + session.user().id() + "\"");

    assertThat(whoami(null).body()).contains("\"uid\":\"anonymous\"");

    HttpResponse<String> unknown = whoami("Bearer not-a-session-of-this-project");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(unknown.body()).doesNotContain("anonymous");

    // A session of another project (a named client's) is no session of this one.
    AuthSession elsewhere = acme.auth().signUpWithEmail("other" + System.nanoTime() + "@example.com", "a long password");
    assertThat(whoami("Bearer " + elsewhere.sessionToken()).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> whoami(String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/whoami"))
        .timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
