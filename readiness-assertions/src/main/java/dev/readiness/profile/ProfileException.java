package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stack profile that cannot be used: unreadable, not valid YAML, or with an unknown key, a value of
 * the wrong type, a missing required key or an invalid value.
 *
 * <p>The message always has the form {@code file:line: key: reason}, for example
 * {@code readiness.yaml:12: target.url: 'htp://x' is not an absolute http:// or https:// URL}. The line
 * is left out when unknown, the key when the problem concerns the whole file. A profile read from text
 * rather than a file is called {@value #DEFAULT_FILE_NAME}. Messages never contain a password.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProfileException extends RuntimeException {

  /** The name used in messages when the profile was not read from a file. */
  public static final String DEFAULT_FILE_NAME = "readiness.yaml";

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The dotted key, empty when the problem concerns the whole file. */
  private final String key;
  /** The 1-based line, 0 when unknown. */
  private final int line;
  /** What is wrong, without file, line and key. */
  private final String reason;

  ProfileException(Optional<Path> file, String key, int line, String reason) {
    this(file, key, line, reason, null);
  }

  ProfileException(Optional<Path> file, String key, int line, String reason, Throwable cause) {
    super(format(file, key, line, reason), cause);
    this.file = file.orElse(null);
    this.key = Objects.requireNonNull(key, "key");
    this.line = line;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** A problem with a value set outside the file: {@code origin: key: reason}, with no file and no line. */
  ProfileException(String origin, String key, String reason, Throwable cause) {
    super(origin + ": " + (key.isEmpty() ? "" : key + ": ") + reason, cause);
    this.file = null;
    this.key = key;
    this.line = 0;
    this.reason = reason;
  }

  /** @return the profile file, when the profile was read from one */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * @return the dotted key the problem concerns, such as {@code target.url} or
   *     {@code rateLimit.endpoints[0].maxRequests}; empty when it concerns the whole file
   */
  public String key() {
    return key;
  }

  /** @return the 1-based line of the problem, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return what is wrong, without file, line and key */
  public String reason() {
    return reason;
  }

  private static String format(Optional<Path> file, String key, int line, String reason) {
    StringBuilder message = new StringBuilder()
        .append(file.map(Path::getFileName).map(Path::toString).orElse(DEFAULT_FILE_NAME));
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (!key.isEmpty()) {
      message.append(key).append(": ");
    }
    return message.append(reason).toString();
  }
}
