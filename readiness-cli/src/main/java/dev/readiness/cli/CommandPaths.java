package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the paths a command line names before anything is probed, and says what a wrong one is: a profile that
 * is missing, a directory, a device, a pipe or unreadable; an output folder that cannot be created or written.
 * Each failure is an {@link IllegalArgumentException} whose message starts with the option and the path.
 */
final class CommandPaths {

  private static final int FILE_TYPE = 0170000;

  private CommandPaths() {}

  /**
   * @param option the option, such as {@code --profile}
   * @param file the path given
   * @throws IllegalArgumentException unless it is a readable regular file, saying what it is instead
   */
  static void requireReadableFile(String option, Path file) {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(option + " " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(option + " " + file + ": is a directory; give the path of a profile file"
          + " such as readiness.yaml");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + " " + file + ": is " + kind(file) + ", not a regular file; give"
          + " the path of a profile file such as readiness.yaml");
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(option + " " + file + ": cannot be read (permission denied)");
    }
  }

  /**
   * Creates the folder when it does not exist, then writes and deletes a probe file in it.
   *
   * @param option the option, such as {@code --out}
   * @param directory the folder given
   * @throws IllegalArgumentException when it is not a folder, cannot be created or cannot be written to
   */
  static void requireWritableDirectory(String option, Path directory) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException(option + " " + directory + ": is " + kind(directory) + ", not a folder;"
          + " give a folder the report files can be written to");
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + directory + ": cannot create this folder (" + reason(e)
          + "); give a folder the report files can be written to", e);
    }
    try {
      Files.delete(Files.createTempFile(directory, ".readiness-", ".probe"));
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + directory + ": cannot write to this folder (" + reason(e)
          + "); give a folder the report files can be written to", e);
    }
  }

  private static String kind(Path path) {
    if (Files.isRegularFile(path)) {
      return "a file";
    }
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      return switch (mode & FILE_TYPE) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "a special file";
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }
}
