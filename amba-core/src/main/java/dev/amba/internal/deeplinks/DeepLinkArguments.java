package dev.amba.internal.deeplinks;

import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.WellFormedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The deep-link module's argument rules (amba-api-modules.md 30.3), checked before anything is sent
 * so a mistake is an {@link IllegalArgumentException} naming the argument. The emulator checks the
 * same rules; those marked X are decided here.
 */
public final class DeepLinkArguments {

  /** 30.3: a slug. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  /** X: the longest URL a link or the settings carry. */
  public static final int MAX_URL = 2048;
  /** X: a click's platform, such as {@code ios}, {@code android} or {@code web}. */
  public static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9_]{0,31}");
  /** X: an app's URL scheme (RFC 3986's scheme rule), at most 64 characters. */
  public static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,63}");
  /** X: a host name of dot-separated labels, at most 253 characters. */
  public static final Pattern DOMAIN = Pattern.compile(
      "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  /** X: an Android application id: two or more Java-identifier-like segments, at most 255 characters. */
  public static final Pattern ANDROID_PACKAGE = Pattern.compile("(?=.{1,255}$)[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
  /** X: an iOS bundle id: two or more segments of letters, digits and '-', at most 155 characters. */
  public static final Pattern IOS_BUNDLE = Pattern.compile("(?=.{1,155}$)[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private DeepLinkArguments() {}

  public static String slug(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("slug must be 1..64 characters of a-z, 0-9, _ and -, starting with a letter"
          + " or digit, got " + quoted(slug));
    }
    return slug;
  }

  /**
   * X: where a link sends users: an absolute URI (any scheme, so an app's own {@code myapp://} path
   * too), without whitespace, at most {@value #MAX_URL} characters.
   */
  public static String destinationUrl(String url) {
    return absoluteUri(url, "destinationUrl", false);
  }

  /** X: the settings' fallback page: an absolute http or https URL. */
  public static String fallbackUrl(String url) {
    return absoluteUri(url, "fallbackUrl", true);
  }

  public static Map<String, Object> metadata(Map<String, ?> metadata) {
    Objects.requireNonNull(metadata, "metadata");
    return JsonProperties.copy(metadata, "metadata");
  }

  public static String platform(String platform) {
    return matching(platform, PLATFORM, "platform", "1..32 characters of a-z, 0-9 and _, starting with a letter");
  }

  public static String urlScheme(String scheme) {
    return matching(scheme, URL_SCHEME, "urlScheme", "a URL scheme: a letter, then letters, digits, +, . or -");
  }

  public static String domain(String domain) {
    return matching(domain, DOMAIN, "universalLinkDomain", "a host name such as links.example.com");
  }

  public static String androidPackage(String name) {
    return matching(name, ANDROID_PACKAGE, "androidPackageName", "an application id such as com.example.app");
  }

  public static String iosBundle(String id) {
    return matching(id, IOS_BUNDLE, "iosBundleId", "a bundle id such as com.example.app");
  }

  private static String matching(String value, Pattern pattern, String argument, String rule) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(argument + " must be " + rule + ", got " + quoted(value));
    }
    return value;
  }

  private static String absoluteUri(String url, String argument, boolean webOnly) {
    if (url == null || url.isEmpty() || url.length() > MAX_URL || url.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(argument + " must be an absolute URL of 1.." + MAX_URL
          + " characters without whitespace, got " + quoted(url));
    }
    WellFormedText.require(url, argument);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(argument + " is not a URL: " + quoted(url));
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = "http".equals(scheme) || "https".equals(scheme);
    if (scheme == null || (webOnly && (!web || uri.getHost() == null))) {
      throw new IllegalArgumentException(argument + " must be an absolute " + (webOnly ? "http or https " : "")
          + "URL, got " + quoted(url));
    }
    return url;
  }

  private static String quoted(String s) {
    return s == null ? "null" : '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }
}
