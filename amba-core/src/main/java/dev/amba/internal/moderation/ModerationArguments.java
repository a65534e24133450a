package dev.amba.internal.moderation;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Moderation's argument rules (amba-api-modules.md 27), checked before anything is sent. X decisions
 * (the protocol names no bounds): a content id is 1..{@value #MAX_CONTENT_ID} characters, a reason at
 * most {@value #MAX_REASON}; a keyword filter holds 1..{@value #MAX_KEYWORDS} keywords of
 * 1..{@value #MAX_KEYWORD} characters; a pattern is at most {@value #MAX_PATTERN} characters of Java
 * regex syntax that compiles.
 */
public final class ModerationArguments {

  public static final int MAX_CONTENT_ID = 256;
  public static final int MAX_REASON = 1000;
  public static final int MAX_KEYWORDS = 100;
  public static final int MAX_KEYWORD = 64;
  public static final int MAX_PATTERN = 512;

  private ModerationArguments() {}

  /** {@code review}, {@code message}, {@code media}, {@code feed_item}, {@code user} or another key (27.4). */
  public static String contentType(String contentType) {
    return ModuleNames.key(contentType, "contentType");
  }

  public static String contentId(String contentId) {
    return TextArguments.require(contentId, "contentId", 1, MAX_CONTENT_ID);
  }

  public static String reason(String reason) {
    return TextArguments.require(reason, "reason", 1, MAX_REASON);
  }

  public static String name(String name) {
    return TextArguments.name(name);
  }

  /** The keywords as a new list, each one checked. */
  public static List<String> keywords(List<String> keywords) {
    Objects.requireNonNull(keywords, "keywords");
    if (keywords.isEmpty() || keywords.size() > MAX_KEYWORDS) {
      throw new IllegalArgumentException("keywords must hold 1.." + MAX_KEYWORDS + " keywords, got " + keywords.size());
    }
    List<String> checked = new ArrayList<>(keywords.size());
    for (int i = 0; i < keywords.size(); i++) {
      checked.add(TextArguments.require(keywords.get(i), "keywords[" + i + "]", 1, MAX_KEYWORD));
    }
    return List.copyOf(checked);
  }

  /** A Java regex that compiles; the message names the argument and the syntax error's position only. */
  public static String pattern(String pattern) {
    TextArguments.require(pattern, "pattern", 1, MAX_PATTERN);
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern is not a valid regular expression: " + e.getDescription()
          + " near index " + e.getIndex());
    }
    return pattern;
  }
}
