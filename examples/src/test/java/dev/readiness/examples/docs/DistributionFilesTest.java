package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ways to get the command line hold together: the jbang catalog names the artifact the build attaches (the
 * readiness-cli jar with classifier {@code all}) at this build's version; the Dockerfile builds FROM an official JRE
 * by default, through a {@code BASE} build argument that .ci/cli-image.sh (run by .ci/run) sets to its local base;
 * and docs/cli.md shows each way.
 */
class DistributionFilesTest {

  private static String projectVersion() {
    Matcher matcher = Pattern.compile("<artifactId>readiness-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(ProjectFiles.read("pom.xml"));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void theJbangAliasRunsTheAttachedAllJarOfThisVersion() throws IOException {
    JsonNode alias = new ObjectMapper().readTree(ProjectFiles.read("jbang-catalog.json")).path("aliases")
        .path("readiness");

    assertThat(alias.path("script-ref").asText()).isEqualTo("dev.readiness:readiness-cli:" + projectVersion() + ":all");
    assertThat(alias.path("java").asText()).isEqualTo("17+");
    assertThat(ProjectFiles.read("readiness-cli/pom.xml"))
        .contains("<shadedArtifactAttached>true</shadedArtifactAttached>")
        .contains("<shadedClassifierName>all</shadedClassifierName>");
  }

  @Test
  void theDockerfileBuildsFromAnOfficialJreThatABuildArgumentReplaces() {
    String dockerfile = ProjectFiles.read("readiness-cli/Dockerfile");

    assertThat(dockerfile).contains("ARG BASE=eclipse-temurin:17-jre\nFROM ${BASE}\n")
        .contains("COPY target/readiness.jar /opt/readiness/readiness.jar")
        .containsPattern("(?m)^USER 65532:65532$");
    assertThat(ProjectFiles.read("readiness-cli/.dockerignore")).contains("!target/readiness.jar");
    assertThat(ProjectFiles.read(".ci/cli-image.sh"))
        .contains("--build-arg BASE=readiness/jre:17-local -t readiness/cli:ci readiness-cli")
        .contains("docker import");
    assertThat(ProjectFiles.read(".ci/run")).contains(".ci/cli-image.sh");
  }

  @Test
  void theCommandLinePageShowsEveryWayToRunIt() {
    assertThat(ProjectFiles.read("docs/cli.md"))
        .contains("java -jar readiness-cli/target/readiness.jar")
        .contains("readiness-cli/target/readiness scan")
        .contains("jbang readiness@readiness")
        .contains("docker build -t readiness readiness-cli")
        .contains("dev.readiness:readiness-cli:" + projectVersion() + ":jar:all");
  }

  @Test
  void theQuickstartsGradleBuildUsesTheVersionsOfItsPom() {
    String page = ProjectFiles.read("docs/quickstart.md");
    String gradle = String.join("\n", MarkdownCode.blocks(page, "kotlin").get(0));
    String pom = String.join("\n", MarkdownCode.blocks(page, "xml").get(0));
    Matcher junit = Pattern.compile("<artifactId>junit-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(junit.find()).isTrue();

    assertThat(gradle).contains("platform(\"dev.readiness:readiness-bom:" + projectVersion() + "\")")
        .contains("platform(\"org.junit:junit-bom:" + junit.group(1) + "\")")
        .contains("testImplementation(\"dev.readiness:readiness-junit\")")
        .contains("useJUnitPlatform()")
        .contains("JavaLanguageVersion.of(17)");
  }
}
