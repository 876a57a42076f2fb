package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JUnit versions the docs name are the ones CI runs: the parent POM's {@code junit.version} (the JUnit 5 line
 * of {@code ./mvnw -B verify}) and the {@code junit6} profile's (the JUnit 6 line .ci/run runs on Java 25).
 */
class JunitVersionsDocTest {

  private static final Pattern DEFAULT_VERSION = Pattern.compile("<properties>.*?<junit.version>([^<]+)</junit.version>",
      Pattern.DOTALL);
  private static final Pattern JUNIT6_VERSION = Pattern.compile(
      "<id>junit6</id>\\s*<properties>\\s*<junit.version>([^<]+)</junit.version>");

  @Test
  void junitMdNamesBothLinesAtTheVersionsOfThePom() {
    String page = ProjectFiles.read("docs/junit.md");

    assertThat(page).contains("| JUnit 5 | " + version(DEFAULT_VERSION) + " | 17 |")
        .contains("| JUnit 6 | " + version(JUNIT6_VERSION) + " | 25 |");
  }

  @Test
  void theQuickstartNamesBothLinesAtTheVersionsOfThePom() {
    assertThat(ProjectFiles.read("docs/quickstart.md").replace('\n', ' '))
        .contains("JUnit " + version(DEFAULT_VERSION) + " on Java 17")
        .contains("JUnit " + version(JUNIT6_VERSION) + " on Java 25");
  }

  @Test
  void ciRunsTheJunit6ProfileOnJava25() {
    assertThat(ProjectFiles.read(".ci/run")).contains("-Pjunit6").contains("temurin-25-jdk");
  }

  private static String version(Pattern pattern) {
    Matcher matcher = pattern.matcher(ProjectFiles.read("pom.xml"));
    assertThat(matcher.find()).as("pom.xml matches " + pattern).isTrue();
    return matcher.group(1);
  }
}
