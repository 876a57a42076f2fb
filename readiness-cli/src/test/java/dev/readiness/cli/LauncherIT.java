package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher {@code target/readiness} that {@code package} writes beside the jar: on the JDK that built it the
 * command's classes come from the class-data-sharing archive {@code readiness.jsa}; on JDK 25 from the AOT cache
 * {@code readiness.aot} that the build trained with that JDK ({@code readiness.aotJavaHome}). Seen in the JVM's
 * own class-loading log: {@code source: shared objects file}.
 */
class LauncherIT {

  private static final Path TARGET = Path.of("target");
  private static final Path JDK25 = Path.of(System.getProperty("readiness.aotJavaHome",
      "/usr/lib/jvm/temurin-25-jdk-amd64"));
  private static final String FROM_ARCHIVE = "dev.readiness.cli.ReadinessCommand source: shared objects file";

  private static String launch(Path java) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("sh", TARGET.resolve("readiness").toString(), "--version")
        .redirectErrorStream(true);
    builder.environment().put("JAVA", java.toString());
    builder.environment().put("READINESS_JAVA_OPTS", "-Xlog:class+load=info");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  @Test
  void onTheBuildingJdkTheClassesComeFromTheClassDataArchive() throws Exception {
    assumeTrue(Files.isRegularFile(TARGET.resolve("readiness.jsa")), "no readiness.jsa: the build found no sh");

    String output = launch(Path.of(System.getProperty("java.home"), "bin", "java"));

    assertThat(output).contains(FROM_ARCHIVE).containsPattern("(?m)^readiness \\S+$");
  }

  @Test
  void onJdk25TheClassesComeFromTheAotCache() throws Exception {
    assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25);
    assertThat(TARGET.resolve("readiness.aot")).as("the AOT cache trained with " + JDK25).isRegularFile();

    String output = launch(JDK25.resolve("bin/java"));

    assertThat(output).contains(FROM_ARCHIVE).containsPattern("(?m)^readiness \\S+$");
  }
}
