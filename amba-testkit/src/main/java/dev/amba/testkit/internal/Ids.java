package dev.amba.testkit.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Every identifier and secret the emulator hands out. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  public static String projectId() {
    return "proj_" + alnum(20);
  }

  public static String clientKey() {
    return "amb_dev_ck_" + alnum(32);
  }

  public static String serverKey() {
    return "amb_dev_sk_" + alnum(32);
  }

  public static String pat() {
    return "amb_dev_pat_" + alnum(32);
  }

  /** Opaque on purpose: callers must not be able to read anything out of a session token. */
  public static String sessionToken() {
    return "amb_sess_" + token(32);
  }

  public static String refreshToken() {
    return "amb_refresh_" + token(32);
  }

  /** URL-safe, so a console link carries it in its query as it is. */
  public static String consoleToken() {
    return "amb_console_" + token(32);
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  public static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String token(int bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(bytes));
  }

  private static String alnum(int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = ALNUM[RANDOM.nextInt(ALNUM.length)];
    }
    return new String(out);
  }
}
