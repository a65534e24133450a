package dev.amba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows what the tests run: its concrete properties are those of
 * {@link SpringBootAppTest}, its controller lines are {@code AmbaController}'s, its dependency is
 * this module's.
 */
class ReadmeSpringBootSectionTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static String section() throws Exception {
    String readme = Files.readString(MODULE.resolveSibling("README.md"));
    int start = readme.indexOf("\n## Spring Boot\n");
    assertThat(start).as("README has a Spring Boot section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String section, String language) {
    int start = section.indexOf("```" + language + "\n");
    assertThat(start).as("a ```" + language + " block").isNotNegative();
    int from = start + language.length() + 4;
    return section.substring(from, section.indexOf("```", from));
  }

  private static String testSource(String relative) throws Exception {
    return Files.readString(MODULE.resolve("src/test/java/dev/amba/spring").resolve(relative));
  }

  @Test
  void theProperties_areTheTestsOwn() throws Exception {
    String test = testSource("SpringBootAppTest.java");
    List<String> notInTheTest = new ArrayList<>();
    for (String line : block(section(), "properties").split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.contains("...")) {
        continue;
      }
      if (!test.contains('"' + line + '"')) {
        notInTheTest.add(line);
      }
    }
    assertThat(notInTheTest).as("README properties that SpringBootAppTest does not set").isEmpty();
  }

  @Test
  void theController_andTheDependency_areWhatTheTestsUse() throws Exception {
    String section = section();
    String controller = testSource("app/AmbaController.java");
    for (String line : List.of("@AmbaClientName(\"acme\") AmbaClient acme", "AmbaRequests.user(request).orElseThrow()",
        "user.events().track(\"profile_viewed\", Map.of());")) {
      assertThat(section).contains(line);
      assertThat(controller).contains(line);
    }
    assertThat(block(section, "xml")).contains("<artifactId>amba-spring-boot-starter</artifactId>")
        .contains("<artifactId>amba-testkit</artifactId><scope>test</scope>");
    assertThat(Files.readString(MODULE.resolve("pom.xml"))).contains("<artifactId>amba-spring-boot-starter</artifactId>");
    assertThat(testSource("SpringBootAppTest.java")).contains("@AutoConfigureAmbaEmulator(clients = \"acme\")");
    assertThat(section).contains("@AutoConfigureAmbaEmulator(clients = \"acme\")");
  }
}
