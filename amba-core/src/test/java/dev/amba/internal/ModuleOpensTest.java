package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On the module path JSON-B can bind a type only in a package opened to it (see
 * {@code Json.FieldsOfTheSdk}); the tests run on the class path, where a missing {@code opens} is
 * never noticed, so the module descriptor is checked here against the sources.
 */
class ModuleOpensTest {

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  // A record, or a class whose fields JSON-B fills (the SDK's answer shapes are records or *Wire classes).
  private static final Pattern BOUND_TYPE = Pattern.compile("\\brecord\\s+\\w+\\s*[(<]|\\bclass\\s+\\w*Wire\\b");

  @Test
  void everyPackageWithTypesJsonbBinds_isOpenedToJsonb() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> opened = new TreeSet<>();
    for (ModuleDescriptor.Opens o : module.opens()) {
      if (o.targets().contains("org.eclipse.yasson")) {
        opened.add(o.source());
      }
    }
    Set<String> needed = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String text = Files.readString(file);
        Matcher pkg = PACKAGE.matcher(text);
        if (pkg.find() && BOUND_TYPE.matcher(text).find() && !pkg.group(1).endsWith(".endpoint")
            && !pkg.group(1).endsWith(".http") && !pkg.group(1).endsWith(".util")) {
          needed.add(pkg.group(1));
        }
      }
    }
    assertThat(needed).as("packages declaring records or *Wire classes").isNotEmpty();
    assertThat(opened).containsAll(needed);
  }
}
