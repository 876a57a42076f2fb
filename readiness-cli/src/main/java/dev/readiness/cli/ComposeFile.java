package dev.readiness.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Compose file as the local {@code docker-compose} reads it: {@link #services} runs {@code docker-compose -f FILE
 * config --services}, which validates the file without starting anything, within {@link #DEADLINE_SECONDS}. Every
 * problem is an {@link IllegalArgumentException} with one line naming the file or the missing program.
 */
final class ComposeFile {

  /** The program Testcontainers' {@code DockerComposeContainer} runs for a local compose. */
  static final String EXECUTABLE = "docker-compose";

  /** How long validating the file may take. */
  static final long DEADLINE_SECONDS = 30;

  private ComposeFile() {}

  /**
   * @param path the {@code PATH} to search
   * @return the {@code docker-compose} program on it, if any
   */
  static Optional<Path> executable(String path) {
    return Arrays.stream(path == null ? new String[0] : path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, EXECUTABLE))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * @param file the Compose file
   * @return its service names, as {@code docker-compose config --services} lists them
   * @throws IllegalArgumentException when {@code docker-compose} is missing, fails or refuses the file
   */
  static List<String> services(Path file) {
    Path program = executable(System.getenv("PATH")).orElseThrow(() -> new IllegalArgumentException("--compose "
        + file + ": no " + EXECUTABLE + " on the PATH; install it (Debian: apt-get install docker-compose)"));
    Path output = null;
    Path errors = null;
    try {
      output = Files.createTempFile("readiness-compose", ".out");
      errors = Files.createTempFile("readiness-compose", ".err");
      Process process = new ProcessBuilder(program.toString(), "-f", file.toAbsolutePath().toString(), "config",
          "--services").redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
      if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalArgumentException("--compose " + file + ": " + EXECUTABLE + " config did not answer within "
            + DEADLINE_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalArgumentException("--compose " + file + ": " + EXECUTABLE + " refuses it: "
            + String.join(" ", lines(errors)));
      }
      return lines(output);
    } catch (IOException e) {
      throw new IllegalArgumentException("--compose " + file + ": cannot run " + program + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("--compose " + file + ": interrupted while reading it", e);
    } finally {
      for (Path temporary : new Path[] {output, errors}) {
        if (temporary != null) {
          temporary.toFile().delete();
        }
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
  }
}
