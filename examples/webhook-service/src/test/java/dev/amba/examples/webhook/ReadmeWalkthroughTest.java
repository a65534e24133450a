package dev.amba.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough is the one {@code -Ddemo} runs: the numbered list under "Walkthrough" is
 * the demo's step titles, in order, so neither can change without the other.
 */
class ReadmeWalkthroughTest {

  private static final Pattern TITLE = Pattern.compile("title\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\);");
  private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.*)$");

  @Test
  void theReadmeListsTheDemosSteps_inOrder() throws IOException {
    String source = Files.readString(Path.of("src/main/java/dev/amba/examples/webhook/launcher/Walkthrough.java"));
    List<String> titles = new ArrayList<>();
    Matcher m = TITLE.matcher(source);
    while (m.find()) {
      titles.add(m.group(1).replace("\\\"", "\""));
    }

    List<String> listed = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Walkthrough");
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (inSection && item.matches()) {
        assertThat(Integer.parseInt(item.group(1))).as("numbered in order").isEqualTo(listed.size() + 1);
        listed.add(item.group(2));
      }
    }

    assertThat(titles).hasSizeGreaterThan(20);
    assertThat(listed).containsExactlyElementsOf(titles);
  }
}
