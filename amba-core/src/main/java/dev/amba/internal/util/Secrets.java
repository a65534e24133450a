package dev.amba.internal.util;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps keys, tokens and signed URLs out of strings that may be logged or shown.
 *
 * <p>A server or proxy may echo a secret in any case, percent-encoded ({@code %5F}, {@code %5f},
 * every byte, or encoded twice as {@code %255F}) or JSON-escaped (a backslash, {@code u} and four hex
 * digits), and may cut it off; {@link #scrub(String)} finds all of those forms.
 */
public final class Secrets {

  public static final Secrets NONE = new Secrets(List.of());

  /** Fewer characters of a cut-off secret than this are too common in ordinary text to remove. */
  static final int MIN_PARTIAL = 8;

  private static final int MIN_SECRET = 6;
  /** The longest text one secret character can take: a JSON escape (six characters), or {@code %255F}. */
  private static final int MAX_ENCODED_CHAR = 6;

  private final List<String> values;

  private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  };

  public Secrets(List<String> secretValues) {
    // A loop, not a stream: every client builds one in configure(), where a stream's lambdas cost
    // more than the rest of it in a fresh JVM.
    List<String> kept = new ArrayList<>(secretValues.size());
    for (String s : secretValues) {
      if (s != null && s.length() >= MIN_SECRET && !kept.contains(s)) {
        kept.add(s);
      }
    }
    // Longest first, so a signed URL is hidden whole before its signature alone is.
    kept.sort(LONGEST_FIRST);
    this.values = List.copyOf(kept);
  }

  /** These secrets and {@code more}, for one call (e.g. a signed upload URL). */
  public Secrets with(List<String> more) {
    List<String> all = new ArrayList<>(values);
    all.addAll(more);
    return new Secrets(all);
  }

  /**
   * Shows only a key's kind, never its secret part: {@code amb_dev_sk_abc123} becomes {@code
   * amb_dev_sk_****}. Anything else, including an {@code amb_} value of another shape, shows nothing
   * at all: an underscore inside the secret part must not decide how much of it is shown.
   */
  public static String redact(String secret) {
    if (secret == null) {
      return "null";
    }
    int prefix = keyPrefixLength(secret);
    return prefix > 0 ? secret.substring(0, prefix) + "****" : "****";
  }

  /**
   * The length of the only part of a key known to be public, {@code amb_<env>_<kind>_} (env 2 to
   * 10 lower-case letters, kind ck or sk), or 0. By hand rather than a regex: this class is loaded
   * by configure(), and compiling a character class was a fifth of configure's time in a fresh JVM.
   */
  static int keyPrefixLength(String s) {
    if (!s.startsWith("amb_")) {
      return 0;
    }
    int i = 4;
    while (i < s.length() && i - 4 < 11 && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    int env = i - 4;
    if (env < 2 || env > 10 || i + 4 > s.length()) {
      return 0;
    }
    char kind = s.charAt(i + 1);
    boolean ok = s.charAt(i) == '_' && (kind == 'c' || kind == 's') && s.charAt(i + 2) == 'k' && s.charAt(i + 3) == '_';
    return ok ? i + 4 : 0;
  }

  /** A URL for messages and toString: its userinfo hidden, and no query or fragment (either may hold a token). */
  public static String displayUrl(URI url) {
    StringBuilder sb = new StringBuilder();
    if (url.getScheme() != null) {
      sb.append(url.getScheme()).append("://");
    }
    if (url.getRawUserInfo() != null) {
      sb.append("****@");
    }
    if (url.getHost() != null) {
      sb.append(url.getHost());
      if (url.getPort() >= 0) {
        sb.append(':').append(url.getPort());
      }
    } else if (url.getRawAuthority() != null) {
      // A registry-based authority (no parsable host) may still carry userinfo before an '@'.
      String authority = url.getRawAuthority();
      int at = authority.lastIndexOf('@');
      sb.append(at < 0 ? "" : "****@").append(authority.substring(at + 1));
    }
    if (url.getRawPath() != null) {
      sb.append(url.getRawPath());
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      sb.append("?…");
    }
    return sb.toString();
  }

  /** As {@link #displayUrl(URI)}, for text that may not even parse as a URL. */
  public static String displayUrl(String raw) {
    String s = raw.strip();
    try {
      URI uri = new URI(s);
      if (uri.getScheme() != null) {
        return displayUrl(uri);
      }
    } catch (java.net.URISyntaxException notAUri) {
      // Shown as text below, with the same parts hidden.
    }
    int query = indexOfAny(s, "?#", 0);
    String head = query < 0 ? s : s.substring(0, query);
    int start = head.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int slash = head.indexOf('/', start);
    int at = head.lastIndexOf('@', slash < 0 ? head.length() - 1 : slash - 1);
    if (at >= start) {
      head = head.substring(0, start) + "****" + head.substring(at);
    }
    return query < 0 ? head : head + "?…";
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** How many characters of text a secret may take once encoded: for reading a little past a cut. */
  public int maxEncodedLength() {
    return values.isEmpty() ? 0 : values.get(0).length() * MAX_ENCODED_CHAR;
  }

  /**
   * Replaces every configured secret found in {@code text}, in any case or encoding, by its
   * redacted form; so too a secret cut off at the end of the text (or before an ellipsis) after at
   * least {@value #MIN_PARTIAL} of its characters. Returns {@code text} itself when it holds none.
   */
  public String scrub(String text) {
    if (text == null || values.isEmpty() || text.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = -1;
      String found = null;
      if (mayStart(text.charAt(i))) {
        for (String secret : values) {
          end = match(text, i, secret);
          if (end > 0) {
            found = secret;
            break;
          }
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).append(redact(found));
      copied = end;
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * {@link #scrub(String)} for every string in a value decoded from JSON, map keys included, however
   * deep. Returns {@code value} itself when nothing in it changed.
   */
  public Object scrubValue(Object value) {
    if (values.isEmpty()) {
      return value;
    }
    if (value instanceof String s) {
      return scrub(s);
    }
    if (value instanceof Map<?, ?> map) {
      boolean changed = false;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (scrubValue(e.getKey()) != e.getKey() || scrubValue(e.getValue()) != e.getValue()) {
          changed = true;
          break;
        }
      }
      if (!changed) {
        return value;
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        // Two keys that differ only in a secret now read the same; keep both values visible.
        String key = String.valueOf(scrubValue(e.getKey()));
        while (copy.containsKey(key)) {
          key = key + "'";
        }
        copy.put(key, scrubValue(e.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = null;
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        Object scrubbed = scrubValue(item);
        if (copy == null && scrubbed != item) {
          copy = new ArrayList<>(list.subList(0, i));
        }
        if (copy != null) {
          copy.add(scrubbed);
        }
      }
      return copy == null ? value : Collections.unmodifiableList(copy);
    }
    return value;
  }

  /** Scrubs a map of strings to values (an error's details); never null. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> scrubMap(Map<String, Object> map) {
    return (Map<String, Object>) scrubValue(map);
  }

  private boolean mayStart(char c) {
    if (c == '%' || c == '\\') {
      return true;
    }
    for (String secret : values) {
      if (sameLetter(c, secret.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a match of {@code secret} that starts at {@code from} ends, or -1. A match that runs into
   * the end of the text, or into an ellipsis, after {@link #MIN_PARTIAL} characters is a secret
   * somebody cut, and counts.
   */
  private static int match(String text, int from, String secret) {
    int t = from;
    int n = text.length();
    for (int s = 0; s < secret.length(); s++) {
      int next = t < n ? matchChar(text, t, secret.charAt(s)) : -1;
      if (next < 0) {
        if (s < MIN_PARTIAL) {
          return -1;
        }
        if (t >= n || startsEllipsis(text, t)) {
          return t;
        }
        // A cut may also land inside an encoded character ("%5", "\\u00"): the end of the text too.
        return danglingEscape(text, t) ? n : -1;
      }
      t = next;
    }
    return t;
  }

  /** Where the text after one encoded or literal form of {@code c} at {@code t} starts, or -1. */
  private static int matchChar(String text, int t, char c) {
    char x = text.charAt(t);
    if (sameLetter(x, c)) {
      return t + 1;
    }
    if (x == '%') {
      int v = hexByte(text, t + 1);
      if (v == 0x25) {
        // Encoded twice by a proxy that encoded an already encoded URL.
        int twice = hexByte(text, t + 3);
        int end = twice < 0 ? -1 : utf8Continues(text, t, c, twice, 5);
        if (end >= 0) {
          return end;
        }
      }
      return v < 0 ? -1 : utf8Continues(text, t, c, v, 3);
    }
    if (x == '\\' && t + 5 < text.length() && text.charAt(t + 1) == 'u') {
      int hi = hexByte(text, t + 2);
      int lo = hexByte(text, t + 4);
      if (hi >= 0 && lo >= 0 && ((hi << 8) | lo) == c) {
        return t + 6;
      }
    }
    return -1;
  }

  /**
   * A percent-encoded character is one byte for ASCII and two or three for the rest of the basic
   * plane; match them all, each {@code width} characters long, the first already read as {@code first}.
   */
  private static int utf8Continues(String text, int t, char c, int first, int width) {
    byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (Character.isSurrogate(c) || (bytes[0] & 0xff) != first) {
      return -1;
    }
    int at = t + width;
    for (int k = 1; k < bytes.length; k++) {
      if (at >= text.length() || text.charAt(at) != '%') {
        return -1;
      }
      int v = width == 5 ? (hexByte(text, at + 1) == 0x25 ? hexByte(text, at + 3) : -1) : hexByte(text, at + 1);
      if (v != (bytes[k] & 0xff)) {
        return -1;
      }
      at += width;
    }
    return at;
  }

  private static boolean danglingEscape(String text, int t) {
    int rest = text.length() - t;
    char x = text.charAt(t);
    if (x == '%') {
      return rest <= 2 || (rest <= 4 && hexByte(text, t + 1) == 0x25);
    }
    return x == '\\' && rest <= 5 && (rest == 1 || text.charAt(t + 1) == 'u');
  }

  private static boolean startsEllipsis(String text, int t) {
    return text.charAt(t) == '\u2026' || text.startsWith("...", t);
  }

  /** The byte two hex digits at {@code at} spell, in either case; -1 if they do not. */
  private static int hexByte(String text, int at) {
    if (at + 1 >= text.length()) {
      return -1;
    }
    int hi = hexDigit(text.charAt(at));
    int lo = hexDigit(text.charAt(at + 1));
    return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
  }

  /** ASCII hex only: Character.digit would also read other scripts' digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private static boolean sameLetter(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
        || Character.toUpperCase(a) == Character.toUpperCase(b);
  }
}
