package dev.amba.testkit.internal.h2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL {@code LIKE} and {@code ILIKE} ({@code %} any run, {@code _} one character, {@code \} quotes
 * the next character), evaluated in time linear in the value: the emulator's collection filters
 * call it instead of H2's own LIKE, which backtracks over every way to split the value among the
 * {@code %}s (a 300-character row and four {@code %} took 3 s, five took minutes) and cannot be
 * cancelled inside one row.
 *
 * <p>The pattern is compiled to a nondeterministic automaton with one state per non-{@code %}
 * token, simulated with one bit per state: each character of the value costs one shift-and-or per
 * 64 states, whatever the pattern's shape, so a 256-character pattern against a one-million-character
 * value costs five million word operations at worst. Characters are compared as code points;
 * {@code ILIKE} compares them as {@link String#equalsIgnoreCase} does.
 *
 * <p>Public only for H2, which calls {@link #like} through the SQL function {@link #SQL_FUNCTION}.
 */
public final class LikePattern {
  /** The SQL function the emulator's database defines over {@link #like}. */
  public static final String SQL_FUNCTION = "PUBLIC.AMBA_LIKE";
  /** The statement that defines {@link #SQL_FUNCTION}. */
  public static final String CREATE_FUNCTION = "CREATE ALIAS " + SQL_FUNCTION + " DETERMINISTIC FOR \""
      + LikePattern.class.getName() + ".like\"";

  private static final int ANY = -1;
  private static final int ONE = -2;
  // H2 evaluates one statement's rows on the calling thread, with the same pattern for every row.
  private static final ThreadLocal<LikePattern> LAST = new ThreadLocal<>();

  private final String source;
  private final boolean ignoreCase;
  private final int wildcards;
  private final int words;
  /** Bit j: state j (j tokens matched) has a {@code %} after it, so it stays live on any character. */
  private final long[] stays;
  /** Bit j+1 for each {@code _} at token j: the step every character may take. */
  private final long[] anyCharacter;
  /** The same plus the steps of the literal tokens equal to the (folded) code point. */
  private final long[][] ascii = new long[128][];
  private final Map<Integer, long[]> others = new HashMap<>();
  private final int accept;
  private final boolean acceptStays;

  private LikePattern(String source, boolean ignoreCase, List<Integer> tokens) {
    this.source = source;
    this.ignoreCase = ignoreCase;
    int steps = 0;
    int any = 0;
    for (int t : tokens) {
      if (t == ANY) {
        any++;
      } else {
        steps++;
      }
    }
    this.wildcards = any;
    this.accept = steps;
    this.words = (steps + 1 + 63) >>> 6;
    this.stays = new long[words];
    this.anyCharacter = new long[words];
    Map<Integer, long[]> literal = new HashMap<>();
    int state = 0;
    for (int t : tokens) {
      if (t == ANY) {
        set(stays, state);
        continue;
      }
      if (t == ONE) {
        set(anyCharacter, state + 1);
      } else {
        set(literal.computeIfAbsent(key(t), k -> new long[words]), state + 1);
      }
      state++;
    }
    this.acceptStays = get(stays, accept);
    for (Map.Entry<Integer, long[]> e : literal.entrySet()) {
      long[] mask = e.getValue();
      for (int w = 0; w < words; w++) {
        mask[w] |= anyCharacter[w];
      }
      if (e.getKey() < 128) {
        ascii[e.getKey()] = mask;
      } else {
        others.put(e.getKey(), mask);
      }
    }
  }

  /**
   * Compiles {@code pattern}; a run of {@code %} is one wildcard. A trailing lone {@code \} quotes
   * nothing: an {@link IllegalArgumentException}, which callers check for first.
   *
   * @param pattern the pattern: {@code %} any run, {@code _} one character, {@code \} quotes the next
   * @param ignoreCase whether letters match regardless of case
   * @return the compiled pattern, for any number of {@link #matches} calls
   */
  public static LikePattern compile(String pattern, boolean ignoreCase) {
    List<Integer> tokens = new ArrayList<>(pattern.length());
    for (int i = 0; i < pattern.length(); ) {
      int c = pattern.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\') {
        if (i >= pattern.length()) {
          throw new IllegalArgumentException("a pattern must not end with the escape character \\");
        }
        c = pattern.codePointAt(i);
        i += Character.charCount(c);
        tokens.add(c);
      } else if (c == '%') {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1) != ANY) {
          tokens.add(ANY);
        }
      } else {
        tokens.add(c == '_' ? ONE : c);
      }
    }
    return new LikePattern(pattern, ignoreCase, tokens);
  }

  /**
   * The number of {@code %} wildcards, a run of them counted once.
   *
   * @return how many {@code %} runs the pattern has
   */
  public int wildcards() {
    return wildcards;
  }

  /**
   * Whether the whole of {@code value} matches, in one pass over its code points.
   *
   * @param value the text to test
   * @return true when the pattern matches all of {@code value}
   */
  public boolean matches(String value) {
    long[] live = new long[words];
    long[] next = new long[words];
    live[0] = 1L;
    for (int i = 0; i < value.length(); ) {
      if (acceptStays && get(live, accept)) {
        return true;
      }
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      long[] step = stepsOn(c);
      long carry = 0;
      long any = 0;
      for (int w = 0; w < words; w++) {
        long word = live[w];
        long n = (((word << 1) | carry) & step[w]) | (word & stays[w]);
        carry = word >>> 63;
        next[w] = n;
        any |= n;
      }
      if (any == 0) {
        return false;
      }
      long[] t = live;
      live = next;
      next = t;
    }
    return get(live, accept);
  }

  /**
   * The SQL function: whether {@code value} matches {@code pattern}; NULL for a NULL value, so
   * {@code NOT} keeps SQL's three-valued logic.
   *
   * @param value the column's value
   * @param pattern the pattern, as {@link #compile} reads it
   * @param ignoreCase whether letters match regardless of case
   * @return whether it matches, or null when {@code value} or {@code pattern} is null
   */
  public static Boolean like(String value, String pattern, boolean ignoreCase) {
    if (value == null || pattern == null) {
      return null;
    }
    LikePattern compiled = LAST.get();
    if (compiled == null || compiled.ignoreCase != ignoreCase || !compiled.source.equals(pattern)) {
      compiled = compile(pattern, ignoreCase);
      LAST.set(compiled);
    }
    return compiled.matches(value);
  }

  private long[] stepsOn(int c) {
    int k = key(c);
    long[] mask = k < 128 ? ascii[k] : others.get(k);
    return mask == null ? anyCharacter : mask;
  }

  private int key(int c) {
    // Upper then lower case: equal keys exactly when String.equalsIgnoreCase calls the characters equal.
    return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << (i & 63);
  }

  private static boolean get(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << (i & 63))) != 0;
  }
}
