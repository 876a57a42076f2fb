package dev.readiness.stacks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the stacks' sources are: {@code src/test/stacks/<name>}, from the system property Failsafe sets. */
final class StackSources {

  /** The system property that names the stacks' directory; Failsafe sets it to {@code src/test/stacks}. */
  static final String DIR_PROPERTY = "readiness.stacks.dir";

  private StackSources() {}

  /** @return the source directory of the named stack */
  static Path dir(String stack) {
    Path root = Path.of(System.getProperty(DIR_PROPERTY, "src/test/stacks")).toAbsolutePath();
    Path dir = root.resolve(stack);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no stack sources at " + dir + " (system property " + DIR_PROPERTY + ")");
    }
    return dir;
  }
}
