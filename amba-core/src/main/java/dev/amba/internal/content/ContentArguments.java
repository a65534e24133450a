package dev.amba.internal.content;

import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Content's argument rules (28), checked before anything is sent. The lengths are the emulator's
 * (X): a body up to {@value #MAX_BODY} characters, a title {@value #MAX_TITLE}, a media URL
 * {@value #MAX_MEDIA_URL}, a category or tag {@value #MAX_LABEL}.
 */
public final class ContentArguments {

  public static final int MAX_BODY = 100_000;
  public static final int MAX_TITLE = 256;
  public static final int MAX_MEDIA_URL = 2048;
  /** The longest category or tag, as the emulator stores them (X). */
  public static final int MAX_LABEL = 64;
  public static final int MAX_TAGS = 50;
  /** Items one admin call adds or upserts (X). */
  public static final int MAX_BATCH = 100;

  private ContentArguments() {}

  public static String body(String body) {
    return TextArguments.require(body, "body", 1, MAX_BODY);
  }

  public static String title(String title) {
    return TextArguments.require(title, "title", 0, MAX_TITLE);
  }

  public static String mediaUrl(String url) {
    return TextArguments.require(url, "mediaUrl", 1, MAX_MEDIA_URL);
  }

  public static String category(String category) {
    return TextArguments.require(category, "category", 1, MAX_LABEL);
  }

  /** At most {@value #MAX_TAGS} tags, each 1..{@value #MAX_LABEL} characters; an immutable copy. */
  public static List<String> tags(Collection<String> tags) {
    List<String> copy = new java.util.ArrayList<>(Objects.requireNonNull(tags, "tags"));
    if (copy.size() > MAX_TAGS) {
      throw new IllegalArgumentException("tags must be at most " + MAX_TAGS + ", got " + copy.size());
    }
    for (int i = 0; i < copy.size(); i++) {
      TextArguments.require(copy.get(i), "tags[" + i + "]", 1, MAX_LABEL);
    }
    return List.copyOf(copy);
  }

  /** A JSON object of the app's own: metadata, a content schema, a user's state. */
  public static Map<String, Object> object(Map<String, ?> value, String argument) {
    Objects.requireNonNull(value, argument);
    return JsonProperties.copy(value, argument);
  }

  public static String slug(String slug) {
    return ModuleNames.key(slug, "slug");
  }

  public static String cron(String cron) {
    try {
      return Cron.parse(cron).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** An IANA zone id such as {@code Europe/Paris}. */
  public static String timezone(String zone) {
    Objects.requireNonNull(zone, "timezone");
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("timezone must be an IANA zone such as Europe/Paris, got \""
          + (zone.length() > 64 ? zone.substring(0, 64) + "..." : zone) + '"');
    }
  }

  public static int version(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, got " + version);
    }
    return version;
  }

  public static int rolloutPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("rolloutPercent must be 0..100, got " + percent);
    }
    return percent;
  }

  /** A batch of 1 to {@value #MAX_BATCH} values, none null; an immutable copy. */
  public static <T> List<T> batch(Collection<T> items, String argument) {
    Objects.requireNonNull(items, argument);
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw new IllegalArgumentException(argument + " must hold 1.." + MAX_BATCH + " items, got " + items.size());
    }
    int i = 0;
    for (T item : items) {
      Objects.requireNonNull(item, argument + "[" + i++ + "]");
    }
    return List.copyOf(items);
  }
}
