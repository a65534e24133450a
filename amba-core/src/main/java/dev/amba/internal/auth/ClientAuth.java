package dev.amba.internal.auth;

import dev.amba.RequestOptions;
import dev.amba.auth.AuthSession;
import dev.amba.auth.ProjectAuth;
import dev.amba.auth.VerifiedSession;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.AuthEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;

public final class ClientAuth implements ProjectAuth {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  public ClientAuth(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public AuthSession signInAnonymously() {
    return runtime.api.call(AuthEndpoints.ANONYMOUS, options).data(AuthSession.class);
  }

  @Override
  public AuthSession signUpWithEmail(String email, String password) {
    return runtime.api.call(AuthEndpoints.EMAIL_SIGNUP, options)
        .body(credentials(email, password)).data(AuthSession.class);
  }

  @Override
  public AuthSession signInWithEmail(String email, String password) {
    return runtime.api.call(AuthEndpoints.EMAIL_LOGIN, options)
        .body(credentials(email, password)).data(AuthSession.class);
  }

  @Override
  public VerifiedSession verifySession(String sessionToken) {
    SessionVerifier verifier = runtime.shared(SessionVerifier.class,
        () -> new SessionVerifier(runtime.config.clock(), runtime.config.sessionCacheTtl()));
    return verifier.verify(runtime, options, sessionToken);
  }

  private static Map<String, Object> credentials(String email, String password) {
    if (email == null || email.isBlank() || email.indexOf('@') <= 0 || email.length() > 320) {
      throw new IllegalArgumentException("email must be an address such as ada@example.com");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password must not be empty");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", email.strip());
    body.put("password", password);
    return body;
  }
}
