package dev.amba.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The console token of an emulator bound beyond loopback (issue 18): the routes that act on the
 * whole emulator rather than on one project's keys (the console and its API, the clock, every other
 * {@code /_emulator/*} route) answer 401 without it.
 *
 * <p>X decision: the storage host's signed URLs ({@code /_emulator/uploads/...},
 * {@code /_emulator/media/...}) are not guarded. The API hands them to app clients, which know
 * nothing of the token, and each already carries an HMAC signature that only the emulator can make;
 * guarding them would break every upload from a phone on the network, the reason to bind beyond
 * loopback at all.
 */
public final class OperatorToken {
  public static final String HEADER = "X-Emulator-Token";
  static final String QUERY = "token";
  private static final String PREFIX = "/_emulator/";
  private static final List<String> SIGNED = List.of("/_emulator/uploads/", "/_emulator/media/");

  private OperatorToken() {}

  /** Whether {@code rawPath} is an operator route (the exact {@code /_emulator} included). */
  static boolean guards(String rawPath) {
    if (!rawPath.equals("/_emulator") && !rawPath.startsWith(PREFIX)) {
      return false;
    }
    for (String signed : SIGNED) {
      if (rawPath.startsWith(signed)) {
        return false;
      }
    }
    return true;
  }

  /** The header or, for a page opened from a link, the query parameter; compared in constant time. */
  static boolean matches(byte[] expected, ApiRequest request) {
    String sent = request.header(HEADER);
    if (sent == null) {
      sent = request.query(QUERY);
    }
    return sent != null && MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
  }
}
