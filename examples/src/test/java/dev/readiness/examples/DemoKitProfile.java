package dev.readiness.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.readiness.demo.DemoStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Points an example's {@code readiness.yaml} at a running demo stack, the way a CI job points the copied file at its
 * own stack: the {@code target} section becomes the stack's (its two listeners, trusting its CA through
 * {@code ca.pem} beside the profile), {@code repository} becomes a fixture directory, and each {@code ${env:NAME}}
 * listed in the environment is replaced by its value, as the CI secret would supply it. Every other line is kept, so
 * the test runs exactly the profile a user copies.
 */
public final class DemoKitProfile {

  private static final String TARGET = "target:";
  private static final String REPOSITORY = "repository:";
  private static final String CA_FILE = "ca.pem";

  private DemoKitProfile() {}

  /**
   * Writes the profile and {@code ca.pem} into {@code directory}, replacing them.
   *
   * @param example the example's {@code readiness.yaml}; must have top-level {@code target} and {@code repository}
   * @param stack the running demo stack
   * @param repository the repository fixture the {@code config.*}, {@code docker.*} and {@code compose.*} checks read
   * @param environment values for {@code ${env:NAME}} references, by name
   * @param directory where to write
   * @return the written {@code readiness.yaml}
   * @throws IllegalArgumentException naming the file when it lacks {@code target} or {@code repository}
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static Path write(Path example, DemoStack stack, Path repository, Map<String, String> environment,
      Path directory) {
    try {
      String text = render(example, Files.readAllLines(example, UTF_8), stack.httpsUrl(), stack.httpUrl(),
          repository, environment);
      Files.createDirectories(directory);
      stack.writeCaPem(directory.resolve(CA_FILE));
      return Files.writeString(directory.resolve("readiness.yaml"), text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param example the example's path, for the header comment and errors
   * @param lines the example's lines
   * @param httpsUrl the stack's HTTPS listener
   * @param httpUrl the stack's plain-HTTP listener
   * @param repository the repository fixture
   * @param environment values for {@code ${env:NAME}} references, by name
   * @return the profile text: the stack's target and the fixture first, then every other line of the example
   * @throws IllegalArgumentException naming the file when it lacks {@code target} or {@code repository}
   */
  static String render(Path example, List<String> lines, URI httpsUrl, URI httpUrl, Path repository,
      Map<String, String> environment) {
    List<String> profile = new ArrayList<>(List.of(
        "# " + example + ", pointed at a running demo stack and a repository fixture",
        TARGET,
        "  url: " + withoutTrailingSlash(httpsUrl),
        "  httpUrl: " + withoutTrailingSlash(httpUrl),
        "  trust: " + CA_FILE,
        "  timeout: 5s",
        REPOSITORY + " '" + repository.toAbsolutePath() + "'"));
    profile.addAll(withoutSections(lines, example));
    String text = String.join("\n", profile) + "\n";
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      text = text.replace("${env:" + variable.getKey() + "}", variable.getValue());
    }
    return text;
  }

  /** @return the lines without the top-level {@code target} block and {@code repository} line */
  private static List<String> withoutSections(List<String> lines, Path example) {
    List<String> kept = new ArrayList<>();
    boolean skipping = false;
    int replaced = 0;
    for (String line : lines) {
      if (isTopLevelKey(line)) {
        skipping = line.startsWith(TARGET) || line.startsWith(REPOSITORY);
        replaced += skipping ? 1 : 0;
      }
      if (!skipping) {
        kept.add(line);
      }
    }
    if (replaced != 2) {
      throw new IllegalArgumentException(example + " must have one top-level target section and one repository "
          + "key, so that a test can point it at a demo stack and a repository fixture");
    }
    return kept;
  }

  private static boolean isTopLevelKey(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
  }

  private static String withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
