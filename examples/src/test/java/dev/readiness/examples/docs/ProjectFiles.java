package dev.readiness.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's checkout, found from the working directory (Maven runs tests in the module's directory). */
final class ProjectFiles {

  private static final Path ROOT = findRoot();

  private ProjectFiles() {}

  /** @return the file at {@code relative} under the repository root; it must exist */
  static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(relative + " does not exist under " + ROOT);
    }
    return file;
  }

  /** @return the text of the file at {@code relative} under the repository root */
  static String read(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the repository root: the nearest directory, from the working directory up, holding docs/checks.md */
  static Path root() {
    return ROOT;
  }

  private static Path findRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/checks.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docs/checks.md in " + Path.of("").toAbsolutePath() + " or above");
  }
}
