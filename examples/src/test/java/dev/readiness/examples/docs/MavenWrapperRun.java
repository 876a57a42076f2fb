package dev.readiness.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of this repository's Maven wrapper in another project: the wrapper script and its properties are copied
 * into the project, the JDK is the one running the test, the local repository is the given one with the user's
 * {@code ~/.m2/repository} behind it as a read-only tail (Maven 3.9's {@code maven.repo.local.tail}), so
 * nothing is written into the user's repository. Bounded: a run past {@link #DEADLINE_MINUTES} minutes is killed.
 */
final class MavenWrapperRun {

  static final long DEADLINE_MINUTES = 15;
  private static final int TAIL_LINES = 60;

  private final int exitCode;
  private final Path log;

  private MavenWrapperRun(int exitCode, Path log) {
    this.exitCode = exitCode;
    this.log = log;
  }

  /**
   * @param project the project directory (holding {@code pom.xml})
   * @param repository the local repository with the artifacts that are not in the user's repository
   * @param arguments Maven's arguments, such as {@code -B verify}
   * @return the finished run
   */
  static MavenWrapperRun in(Path project, Path repository, List<String> arguments)
      throws IOException, InterruptedException {
    Files.copy(ProjectFiles.file("mvnw"), project.resolve("mvnw"));
    Path wrapper = Files.createDirectories(project.resolve(".mvn/wrapper"));
    Files.copy(ProjectFiles.file(".mvn/wrapper/maven-wrapper.properties"),
        wrapper.resolve("maven-wrapper.properties"));
    List<String> command = new ArrayList<>(List.of("sh", "mvnw",
        "-Dmaven.repo.local=" + repository,
        "-Dmaven.repo.local.tail=" + Path.of(System.getProperty("user.home"), ".m2", "repository")));
    command.addAll(arguments);
    Path log = project.resolve("build.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().remove("MAVEN_OPTS");
    Process process = builder.start();
    if (!process.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("mvn " + String.join(" ", arguments) + " in " + project + " did not end within "
          + DEADLINE_MINUTES + " minutes; its log is " + log);
    }
    return new MavenWrapperRun(process.exitValue(), log);
  }

  /** @return the wrapper's exit code */
  int exitCode() {
    return exitCode;
  }

  /** @return the last lines of the build's output */
  String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }
}
