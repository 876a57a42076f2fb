package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the quickstart as a new user would: a fresh project whose {@code pom.xml} is the one docs/quickstart.md
 * shows, word for word, with the quickstart's test class and the demo stack's {@code readiness.yaml} beside it
 * (without its {@code load} section, like the quickstart's), run by the Maven wrapper. The Readiness artifacts of this build are put into a local repository of the test's
 * own ({@link ConsumerRepository}); everything else is read from the user's local repository, which stays
 * untouched.
 */
class ConsumerProjectIT {

  private static final String PAGE = "docs/quickstart.md";

  @Test
  void theQuickstartPomBuildsAndItsTestClassRunsEveryCheckAgainstAHardenedStack(@TempDir Path work)
      throws Exception {
    Path project = Files.createDirectories(work.resolve("api-readiness"));
    Files.writeString(project.resolve("pom.xml"), quickstartPom(), StandardCharsets.UTF_8);
    Path test = Files.createDirectories(project.resolve("src/test/java")).resolve("ApiReadinessTest.java");
    Files.writeString(test, quickstartTestClass(), StandardCharsets.UTF_8);
    Path repository = new ConsumerRepository(work.resolve("repository"), ProjectFiles.root())
        .put("readiness-parent", ProjectFiles.file("pom.xml"), null)
        .put("readiness-bom", ProjectFiles.file("readiness-bom/pom.xml"), null)
        .put("readiness-assertions", ProjectFiles.file("readiness-assertions/pom.xml"), Readiness.class)
        .put("readiness-junit", ProjectFiles.file("readiness-junit/pom.xml"), ReadinessTest.class)
        .directory();

    try (DemoStack stack = DemoStack.hardened()) {
      withoutLoadSection(stack.writeProfile(project));
      MavenWrapperRun run = MavenWrapperRun.in(project, repository, List.of("-B", "verify"));

      assertThat(run.exitCode()).as("mvn verify of the quickstart project; its log ends with\n" + run.logTail())
          .isZero();
    }
    String suite = Files.readString(project.resolve("target/surefire-reports/TEST-ApiReadinessTest.xml"),
        StandardCharsets.UTF_8);
    assertThat(attribute(suite, "tests")).isEqualTo(CheckCatalog.all().size());
    assertThat(attribute(suite, "failures")).isZero();
    assertThat(attribute(suite, "errors")).isZero();
    assertThat(project.resolve("target/readiness/readiness-report.html")).isRegularFile();
  }

  @Test
  void theQuickstartPomPinsTheCompilerThatHonoursTheReleaseProperty() {
    String pom = quickstartPom();

    assertThat(pom).contains("<maven.compiler.release>17</maven.compiler.release>");
    assertThat(pom).containsPattern("<artifactId>maven-compiler-plugin</artifactId>\\s*<version>"
        + Pattern.quote(pluginVersion("maven-compiler-plugin")) + "</version>");
  }

  /**
   * Leaves {@code load} out of the demo stack's profile, as the quickstart's profile does: {@code load.latency} is
   * then SKIPPED, and its verdict (a p95 measured on a machine shared with other builds) cannot fail this build.
   */
  private static void withoutLoadSection(Path profile) throws IOException {
    String yaml = Files.readString(profile, StandardCharsets.UTF_8);
    String withoutLoad = yaml.replaceFirst("(?m)^load:\n(?:^[ ].*\n)*", "");
    assertThat(withoutLoad).as("the demo profile without its load section").isNotEqualTo(yaml)
        .doesNotContain("p95:");
    Files.writeString(profile, withoutLoad, StandardCharsets.UTF_8);
  }

  private static String quickstartPom() {
    List<String> pom = MarkdownCode.blocks(ProjectFiles.read(PAGE), "xml").stream()
        .filter(block -> !block.isEmpty() && block.get(0).startsWith("<?xml")).findFirst()
        .orElseThrow(() -> new AssertionError(PAGE + " shows no whole pom.xml (an xml block starting <?xml)"));
    return String.join("\n", pom) + "\n";
  }

  private static String quickstartTestClass() {
    List<String> source = MarkdownCode.blocks(ProjectFiles.read(PAGE), "java").stream()
        .filter(block -> block.stream().anyMatch(line -> line.startsWith("class ApiReadinessTest"))).findFirst()
        .orElseThrow(() -> new AssertionError(PAGE + " shows no class ApiReadinessTest"));
    return String.join("\n", source) + "\n";
  }

  private static String pluginVersion(String artifactId) {
    Matcher matcher = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(ProjectFiles.read("pom.xml"));
    assertThat(matcher.find()).as("pom.xml pins " + artifactId).isTrue();
    return matcher.group(1);
  }

  private static int attribute(String suiteXml, String name) throws IOException {
    Matcher matcher = Pattern.compile("<testsuite [^>]*\\b" + name + "=\"(\\d+)\"").matcher(suiteXml);
    assertThat(matcher.find()).as("the Surefire report's testsuite has " + name).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
