package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source file of {@code dev.readiness.examples.kits} (compiled by the build, run by KitsIT) is shown whole,
 * after its package line, in docs/junit.md, so the page's own-kit examples are code that compiles and runs.
 */
class KitSnippetsTest {

  private static final String PAGE = "docs/junit.md";
  private static final String SOURCES = "examples/src/test/java/dev/readiness/examples/kits";

  @Test
  void everyKitsSourceFileIsShownOnThePage() throws IOException {
    List<List<String>> snippets = MarkdownCode.blocks(ProjectFiles.read(PAGE), "java").stream()
        .map(KitSnippetsTest::stripped).toList();
    List<Path> files;
    try (Stream<Path> list = Files.list(ProjectFiles.root().resolve(SOURCES))) {
      files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }

    assertThat(files).hasSize(3);
    for (Path file : files) {
      List<String> lines = stripped(Files.readAllLines(file, StandardCharsets.UTF_8));
      List<String> shown = lines.subList(lines.indexOf("") + 1, lines.size());
      assertThat(snippets).as(file.getFileName() + " shown whole in " + PAGE)
          .anyMatch(snippet -> Collections.indexOfSubList(snippet, shown) == 0 && snippet.size() == shown.size());
    }
  }

  private static List<String> stripped(List<String> lines) {
    return lines.stream().map(String::strip).toList();
  }
}
