package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/quickstart.md and the code apart from drift: every Java snippet is a region of a source file of
 * {@code dev.readiness.examples.quickstart} (which the build compiles and QuickstartIT runs), every such file is
 * shown, the profile snippet is a valid profile, and the POM snippet names the versions this build uses.
 */
class QuickstartSnippetsTest {

  private static final String PAGE = "docs/quickstart.md";
  private static final String SOURCES = "examples/src/test/java/dev/readiness/examples/quickstart";

  @Test
  void everyJavaSnippetIsARegionOfAQuickstartSourceFile() throws IOException {
    List<List<String>> snippets = MarkdownCode.blocks(ProjectFiles.read(PAGE), "java");
    Map<Path, List<String>> sources = sources();

    assertThat(snippets).as("Java snippets in " + PAGE).hasSizeGreaterThanOrEqualTo(3);
    for (List<String> snippet : snippets) {
      assertThat(sources.values()).as("a source file in " + SOURCES + " holding the snippet\n"
          + String.join("\n", snippet)).anyMatch(file -> containsRegion(file, normalized(snippet)));
    }
  }

  @Test
  void everyQuickstartSourceFileIsShownOnThePage() throws IOException {
    List<List<String>> snippets = MarkdownCode.blocks(ProjectFiles.read(PAGE), "java").stream()
        .map(QuickstartSnippetsTest::normalized).toList();

    sources().forEach((file, lines) -> assertThat(snippets).as(file + " is shown in " + PAGE)
        .anyMatch(snippet -> containsRegion(lines, snippet) && snippet.stream().anyMatch(l -> l.contains("class "))));
  }

  @Test
  void theProfileSnippetIsAValidProfile(@TempDir Path directory) {
    List<List<String>> profiles = MarkdownCode.blocks(ProjectFiles.read(PAGE), "yaml");

    assertThat(profiles).as("readiness.yaml snippets in " + PAGE).isNotEmpty();
    for (List<String> yaml : profiles) {
      StackProfile profile = StackProfile.parse(String.join("\n", yaml), directory,
          Map.of("APP_PASSWORD", "not-the-real-one"));
      assertThat(profile.target().url()).isNotNull();
    }
  }

  @Test
  void thePomSnippetUsesThisBuildsVersions() {
    String pom = ProjectFiles.read("pom.xml");
    String snippet = String.join("\n", MarkdownCode.blocks(ProjectFiles.read(PAGE), "xml").stream()
        .flatMap(List::stream).toList());

    assertThat(snippet)
        .contains("<artifactId>readiness-bom</artifactId>")
        .contains("<version>" + firstGroup(pom, "<artifactId>readiness-parent</artifactId>\\s*<version>([^<]+)</version>")
            + "</version>")
        .contains("<version>" + firstGroup(pom, "<junit.version>([^<]+)</junit.version>") + "</version>")
        .contains("<version>" + firstGroup(pom,
            "<artifactId>maven-surefire-plugin</artifactId>\\s*<version>([^<]+)</version>") + "</version>");
  }

  private static String firstGroup(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("pom.xml matches " + regex).isTrue();
    return matcher.group(1);
  }

  private static Map<Path, List<String>> sources() throws IOException {
    Map<Path, List<String>> sources = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(ProjectFiles.root().resolve(SOURCES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file.getFileName(), normalized(Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(sources).as("source files in " + SOURCES).isNotEmpty();
    return sources;
  }

  private static List<String> normalized(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.strip());
    }
    return result;
  }

  private static boolean containsRegion(List<String> file, List<String> region) {
    return !region.isEmpty() && Collections.indexOfSubList(file, region) >= 0;
  }
}
