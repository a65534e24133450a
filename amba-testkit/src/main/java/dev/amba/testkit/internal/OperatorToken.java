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
 *
 * <p>X decision: a token that arrives in the query is also set as a cookie ({@value #COOKIE},
 * HttpOnly, SameSite=Strict, path {@code /_emulator}), which is accepted as well: the console page
 * opened from its printed link loads its script and style sheet by plain URLs that carry no token,
 * and a browser's EventSource sends no custom header. SameSite=Strict keeps another site's page
 * from riding on it.
 */
public final class OperatorToken {
  public static final String HEADER = "X-Emulator-Token";
  static final String QUERY = "token";
  static final String COOKIE = "amba_emulator_token";
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

  /** How a request carried a token that matched, or that it carried none that matched. */
  enum Carried { NONE, HEADER, QUERY, COOKIE }

  /**
   * The header, the query parameter (a page opened from a link) or the cookie that such a page
   * got; each compared in constant time.
   */
  static Carried matches(byte[] expected, ApiRequest request) {
    if (same(expected, request.header(HEADER))) {
      return Carried.HEADER;
    }
    if (same(expected, request.query(QUERY))) {
      return Carried.QUERY;
    }
    String cookies = request.header("cookie");
    if (cookies != null) {
      for (String cookie : cookies.split(";")) {
        int eq = cookie.indexOf('=');
        if (eq > 0 && cookie.substring(0, eq).trim().equals(COOKIE) && same(expected, cookie.substring(eq + 1).trim())) {
          return Carried.COOKIE;
        }
      }
    }
    return Carried.NONE;
  }

  /** The cookie that lets the rest of a console page's requests through. */
  static String setCookie(byte[] token) {
    return COOKIE + "=" + new String(token, StandardCharsets.UTF_8) + "; Path=/_emulator; HttpOnly; SameSite=Strict";
  }

  private static boolean same(byte[] expected, String sent) {
    return sent != null && MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
  }
}
