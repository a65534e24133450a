package dev.amba.internal.storage;

import dev.amba.storage.UserStorage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The storage argument rules (amba-api.md section 6; the name patterns are X), checked before
 * anything is sent so that a mistake names its argument instead of coming back as a 400.
 */
public final class StorageRules {

  static final int MAX_FILENAME = 255;
  static final int MAX_MIME_TYPE = 255;
  static final int MAX_RETENTION_DAYS = 3650;

  private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final String TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
  // type/subtype with optional parameters; quoted parameter values are allowed, line breaks never.
  private static final Pattern MIME = Pattern.compile(
      TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\p{Cntrl}]*\"))*");

  private StorageRules() {}

  public static String bucket(String bucket) {
    if (bucket == null) {
      throw new IllegalArgumentException("bucket must not be null");
    }
    if (!BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException("bucket must be 1..63 characters of [A-Za-z0-9._-], starting with a letter "
          + "or digit, got \"" + printable(bucket) + '"');
    }
    return bucket;
  }

  public static String filename(String filename) {
    if (filename == null) {
      throw new IllegalArgumentException("filename must not be null");
    }
    if (filename.isBlank() || filename.length() > MAX_FILENAME) {
      throw new IllegalArgumentException("filename must be 1.." + MAX_FILENAME + " characters and not blank, got "
          + filename.length() + " characters");
    }
    if (filename.equals(".") || filename.equals("..")) {
      throw new IllegalArgumentException("filename must not be '.' or '..'");
    }
    for (int i = 0; i < filename.length(); i++) {
      char c = filename.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        throw new IllegalArgumentException("filename is a name without a directory: no '/', '\\' or control "
            + "characters; character " + i + " is " + (Character.isISOControl(c) ? String.format("U+%04X", (int) c)
            : "'" + c + "'"));
      }
    }
    return filename;
  }

  public static String mimeType(String mimeType) {
    if (mimeType == null) {
      throw new IllegalArgumentException("mime type must not be null");
    }
    if (mimeType.length() > MAX_MIME_TYPE || !MIME.matcher(mimeType).matches()) {
      throw new IllegalArgumentException("mime type must look like type/subtype (e.g. image/png), at most "
          + MAX_MIME_TYPE + " characters, got \"" + printable(mimeType) + '"');
    }
    return mimeType;
  }

  public static long size(long sizeBytes) {
    return size(sizeBytes, "size");
  }

  /** @param what names the argument in the message, e.g. "size" or "file /tmp/x.bin" */
  static long size(long sizeBytes, String what) {
    if (sizeBytes < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + sizeBytes + " bytes");
    }
    if (sizeBytes > UserStorage.MAX_UPLOAD_BYTES) {
      throw new IllegalArgumentException(what + " is " + sizeBytes + " bytes (" + megabytes(sizeBytes)
          + "); one upload holds at most " + UserStorage.MAX_UPLOAD_BYTES + " bytes (100 MB)");
    }
    return sizeBytes;
  }

  public static int retentionDays(int days) {
    if (days < 1 || days > MAX_RETENTION_DAYS) {
      throw new IllegalArgumentException("retentionDays must be 1.." + MAX_RETENTION_DAYS + ", got " + days);
    }
    return days;
  }

  static String assetId(String assetId) {
    if (assetId == null || assetId.isBlank()) {
      throw new IllegalArgumentException("assetId must not be " + (assetId == null ? "null" : "blank"));
    }
    return assetId;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** Echoes a caller's bad value in a message, bounded and without control characters. */
  static String printable(String text) {
    String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
