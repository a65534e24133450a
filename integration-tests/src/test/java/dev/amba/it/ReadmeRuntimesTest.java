package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's WildFly and Open Liberty entries show what WildFlyIT and OpenLibertyIT run. */
class ReadmeRuntimesTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of(System.getProperty("it.readme", "../README.md")));
  }

  @Test
  void theVersionsNamed_areTheZipsTheTestsUnpack() throws IOException {
    assertThat(readme()).contains(
        "`org.wildfly:wildfly-dist:" + System.getProperty("it.wildfly.version") + "` zip",
        "`io.openliberty:openliberty-runtime:" + System.getProperty("it.openliberty.version") + "`");
  }

  @Test
  void theLibertyConfiguration_isTheTestsServerXml() throws IOException {
    Path config = Path.of(System.getProperty("it.liberty.config", "src/test/liberty")).resolve("server.xml");
    // The elements inside <server>, line by line: the README leaves out only the comment.
    List<String> elements = Files.readString(config).lines().map(String::strip)
        .dropWhile(line -> !line.startsWith("<featureManager>"))
        .takeWhile(line -> !line.startsWith("</server>"))
        .filter(line -> !line.isEmpty())
        .toList();

    assertThat(elements).hasSizeGreaterThan(7);
    assertThat(readme().lines().map(String::strip).toList()).containsSubsequence(elements);
  }
}
