package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The text files of a repository, found by a bounded walk: at most {@link #MAX_DEPTH} directories deep, at most
 * {@link #MAX_FILES} files, each at most {@link #MAX_FILE_BYTES} bytes; dependency, VCS and build directories are
 * skipped, and symbolic links are not followed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RepositoryFiles {

  /** The deepest directory level read. */
  public static final int MAX_DEPTH = 10;
  /** The most files listed. */
  public static final int MAX_FILES = 20_000;
  /** Larger files are not read. */
  public static final long MAX_FILE_BYTES = 1_048_576;

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", ".git", "build", "dist", "target",
      ".dart_tool", ".gradle", ".idea", "__pycache__", ".venv", "venv", ".next", "coverage", "Pods", ".pub-cache");

  private final Path root;
  private final List<Path> files;

  private RepositoryFiles(Path root, List<Path> files) {
    this.root = root;
    this.files = List.copyOf(files);
  }

  /**
   * Walks the repository.
   *
   * @param root the repository root, an existing directory
   * @return its files, relative to the root, in walk order
   * @throws UncheckedIOException naming the root when it cannot be walked
   */
  public static RepositoryFiles walk(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && attrs.size() <= MAX_FILE_BYTES) {
                found.add(root.relativize(file));
              }
              return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk repository " + root + ": " + e.getMessage(), e);
    }
    return new RepositoryFiles(root, found);
  }

  /** @return the repository root */
  public Path root() {
    return root;
  }

  /** @return every file found, relative to the root */
  public List<Path> all() {
    return files;
  }

  /**
   * @param relative a path from {@link #all()}
   * @return the file's text, decoded as UTF-8 with malformed bytes replaced
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public String read(Path relative) {
    try {
      return new String(Files.readAllBytes(root.resolve(relative)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + ": " + e.getMessage(), e);
    }
  }
}
