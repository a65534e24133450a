package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout of amba-core's internals (design.md, "the code lives by area"), read from the main
 * sources: each area builds only on the shared packages, never on another area, so a new module is a
 * package of its own and cannot tangle with the others; and no two internal packages depend on each
 * other, however indirectly.
 */
class PackageLayoutTest {

  private static final String INTERNAL = "dev.amba.internal";
  /** What every area may build on. Every other internal package is an area, except {@link #ASSEMBLY}. */
  private static final Set<String> SHARED =
      Set.of(INTERNAL, INTERNAL + ".util", INTERNAL + ".http", INTERNAL + ".endpoint");
  /** The leaf: it may depend on no other internal package. */
  private static final String LEAF = INTERNAL + ".util";
  /** Builds the client and its user view from every area; nothing depends on it but the public API. */
  private static final String ASSEMBLY = INTERNAL + ".client";

  private static final Path SOURCES = Path.of("src", "main", "java");
  /** A qualified reference to a type in an internal package (an import, a static import, or in code). */
  private static final Pattern REFERENCE =
      Pattern.compile("(?<![\\w.])(dev\\.amba\\.internal(?:\\.[a-z_]\\w*)*)\\.(?:[A-Z]\\w*|\\*)");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void theInternalPackages_haveNoCycle_andNoAreaBuildsOnAnother() {
    Map<String, Set<String>> graph = internalGraph(SOURCES);

    assertThat(graph).as("the internal packages read from " + SOURCES.toAbsolutePath())
        .containsKeys(INTERNAL, LEAF, ASSEMBLY, INTERNAL + ".http", INTERNAL + ".endpoint", INTERNAL + ".events");
    assertThat(violations(graph)).isEmpty();
  }

  @Test
  void aCycle_anAreaOnAnother_andALeafThatIsNot_areEachReported() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put(INTERNAL, Set.of(INTERNAL + ".http"));
    graph.put(INTERNAL + ".http", Set.of(INTERNAL, LEAF));
    graph.put(LEAF, Set.of(INTERNAL + ".endpoint"));
    graph.put(INTERNAL + ".endpoint", Set.of());
    graph.put(INTERNAL + ".streaks", Set.of(INTERNAL, INTERNAL + ".xp"));
    graph.put(INTERNAL + ".xp", Set.of(INTERNAL));
    graph.put(ASSEMBLY, Set.of(INTERNAL + ".streaks", INTERNAL + ".xp"));

    assertThat(violations(graph)).containsExactly(
        "cycle: dev.amba.internal -> dev.amba.internal.http -> dev.amba.internal",
        "area dev.amba.internal.streaks depends on dev.amba.internal.xp",
        "leaf dev.amba.internal.util depends on dev.amba.internal.endpoint");
  }

  @Test
  void references_areFoundInImportsStaticImportsAndCode_butNotInCommentsOrStrings() {
    String source = """
        package dev.amba.internal.streaks;

        import dev.amba.internal.Api;
        import static dev.amba.internal.endpoint.Credential.ACTING_USER;
        import dev.amba.internal.util.*;

        /** Like {@link dev.amba.internal.xp.XpClient}. */
        final class Streaks {
          // dev.amba.internal.currencies.Wallet is not used
          String s = "dev.amba.internal.feeds.Feed";
          char q = '"';
          Object o = new dev.amba.internal.http.HttpResult(0, null, null);
          String t = \"""
              dev.amba.internal.leagues.League
              \""";
        }
        """;

    assertThat(references(source)).containsExactlyInAnyOrder(
        INTERNAL, INTERNAL + ".endpoint", INTERNAL + ".util", INTERNAL + ".http");
  }

  /** Package to the internal packages its main sources refer to, itself left out. */
  private static Map<String, Set<String>> internalGraph(Path sources) {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources.resolve(INTERNAL.replace('.', '/')))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher p = PACKAGE.matcher(source);
        if (!p.find()) {
          throw new AssertionError(file + " has no package line");
        }
        Set<String> deps = graph.computeIfAbsent(p.group(1), k -> new TreeSet<>());
        for (String dep : references(source)) {
          if (!dep.equals(p.group(1))) {
            deps.add(dep);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** The internal packages a source file names, outside comments and literals. */
  static Set<String> references(String source) {
    Set<String> out = new TreeSet<>();
    Matcher m = REFERENCE.matcher(code(source));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The source with comments and string, text block and char literals blanked out. */
  private static String code(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? -1 : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? -1 : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = literalEnd(s, i);
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      end = end < 0 ? s.length() : end;
      out.append(' ');
      i = end;
    }
    return out.toString();
  }

  private static int literalEnd(String s, int start) {
    char quote = s.charAt(start);
    for (int i = start + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Every rule the graph breaks, cycles first; empty when the layout holds. */
  static List<String> violations(Map<String, Set<String>> graph) {
    List<String> out = new ArrayList<>(cycles(graph));
    for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
      String from = e.getKey();
      for (String to : e.getValue()) {
        if (isArea(from) && !SHARED.contains(to)) {
          out.add("area " + from + " depends on " + to);
        } else if (from.equals(LEAF)) {
          out.add("leaf " + from + " depends on " + to);
        } else if (SHARED.contains(from) && !SHARED.contains(to)) {
          out.add("shared " + from + " depends on " + to);
        }
      }
    }
    return out;
  }

  private static boolean isArea(String pkg) {
    return !SHARED.contains(pkg) && !pkg.equals(ASSEMBLY);
  }

  /** One path per cycle found by a depth-first walk, each starting where the walk entered it. */
  private static List<String> cycles(Map<String, Set<String>> graph) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>(); // absent: unseen, 1: on the current path, 2: done
    for (String start : graph.keySet()) {
      walk(start, graph, state, new ArrayList<>(), out);
    }
    return out;
  }

  private static void walk(String pkg, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path,
      List<String> out) {
    Integer s = state.get(pkg);
    if (s != null) {
      if (s == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
        cycle.add(pkg);
        out.add("cycle: " + String.join(" -> ", cycle));
      }
      return;
    }
    state.put(pkg, 1);
    path.add(pkg);
    for (String next : graph.getOrDefault(pkg, Set.of())) {
      walk(next, graph, state, path, out);
    }
    path.remove(path.size() - 1);
    state.put(pkg, 2);
  }
}
