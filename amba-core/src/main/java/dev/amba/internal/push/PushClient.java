package dev.amba.internal.push;

import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.PushEndpoints;
import dev.amba.push.Platform;
import dev.amba.push.PushToken;
import dev.amba.push.UserPush;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The acting user's push tokens. */
public final class PushClient implements UserPush {

  private final UserCalls calls;

  public PushClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public PushToken register(String token, Platform platform, String bundleId) {
    checkToken(token);
    Objects.requireNonNull(platform, "platform");
    if (bundleId != null && bundleId.isBlank()) {
      throw new IllegalArgumentException("bundleId must not be blank; pass null when there is none");
    }
    if (bundleId == null && platform.needsBundleId()) {
      throw new IllegalArgumentException("bundleId is required for platform " + platform
          + " (the app's bundle id or package name)");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("platform", platform.value());
    if (bundleId != null) {
      body.put("bundle_id", bundleId);
    }
    // Registering the same token twice yields the same row, so a retried POST is harmless.
    return calls.call(PushEndpoints.TOKEN_REGISTER).body(body)
        .<PushWire.Token>data(PushWire.Token.class).toPublic();
  }

  @Override
  public void unregister(String token) {
    checkToken(token);
    calls.call(PushEndpoints.TOKEN_UNREGISTER).body(Map.of("token", token)).noContent();
  }

  private static void checkToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be " + (token == null ? "null" : "blank"));
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException("token must be at most " + MAX_TOKEN_LENGTH + " characters, got "
          + token.length());
    }
  }
}
