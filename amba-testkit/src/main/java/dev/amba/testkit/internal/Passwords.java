package dev.amba.testkit.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2 password hashes, self-describing so the cost can change without breaking old data. */
public final class Passwords {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  // Far below a production cost: the emulator holds test users, and every signup in a test suite
  // pays this price. The format records the count, so raising it later keeps old hashes valid.
  private static final int ITERATIONS = 10_000;
  private static final int KEY_BITS = 256;

  private Passwords() {}

  public static String hash(String password) {
    byte[] salt = Ids.bytes(16);
    byte[] key = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2_sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(key);
  }

  /** Whether {@code stored} has the form {@link #hash} writes: what a seed file may carry instead of a password. */
  public static boolean wellFormed(String stored) {
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals("pbkdf2_sha256") || !parts[1].matches("[1-9][0-9]{0,6}")) {
      return false;
    }
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      return b64.decode(parts[2]).length >= 8 && b64.decode(parts[3]).length == KEY_BITS / 8;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  public static boolean matches(String password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2_sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(parts[2]);
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
