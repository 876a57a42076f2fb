package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A {@code .env}-style file: {@code NAME=value} lines, {@code export} prefixes, comments and quotes handled.
 *
 * @param path the file, relative to the repository root
 * @param values its variables in file order, values unquoted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DotenvFile(Path path, Map<String, String> values) {

  /** Copies the values. */
  public DotenvFile {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * @param read a place that reads an environment variable
   * @return true when this file lists the variable and sits in the reading file's directory or one above it
   */
  public boolean lists(EnvVarRead read) {
    Path directory = path.getParent();
    return values.containsKey(read.name())
        && (directory == null || read.file().getParent() != null && read.file().getParent().startsWith(directory));
  }

  /**
   * @param path the file, relative to the repository root
   * @param text its content
   * @return the parsed file; lines that are not assignments are ignored
   */
  public static DotenvFile parse(Path path, String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      if (line.startsWith("#") || equals <= 0) {
        continue;
      }
      String value = line.substring(equals + 1).strip();
      if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.indexOf(value.charAt(0), 1) > 0) {
        value = value.substring(1, value.indexOf(value.charAt(0), 1));
      } else if (value.contains(" #")) {
        value = value.substring(0, value.indexOf(" #")).strip();
      }
      values.put(line.substring(0, equals).strip(), value);
    }
    return new DotenvFile(path, values);
  }
}
