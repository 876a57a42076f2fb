package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A place where code or a compose file reads an environment variable.
 *
 * @param name the variable
 * @param file the file, relative to the repository root
 * @param line the 1-based line
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EnvVarRead(String name, Path file, int line) {

  /** @return {@code file:line} */
  public String location() {
    return file + ":" + line;
  }
}
