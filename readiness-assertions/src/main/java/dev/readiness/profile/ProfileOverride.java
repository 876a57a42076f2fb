package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One profile value set from outside the file, such as a test annotation: the dotted key, its text as it would be
 * written in {@code readiness.yaml}, and where it came from. The value is validated exactly like the file's values,
 * and a problem with it is reported as {@code <origin>: <key>: <reason>}.
 *
 * @param key a dotted key of scalar values, for example {@code jwt.maxLifetime}; list items cannot be set
 * @param value the text, for example {@code 10m}; {@code ${env:NAME}} references are resolved
 * @param origin where the override was written, for example {@code @ReadinessSetting(key = "jwt.maxLifetime",
 *     value = "10m") on ApiReadinessTest}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProfileOverride(String key, String value, String origin) {

  /** Validates that every part is present and the key is a dotted name. */
  public ProfileOverride {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    if (!key.matches("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*")) {
      throw new IllegalArgumentException(origin + ": '" + key + "' is not a dotted profile key such as "
          + "jwt.maxLifetime");
    }
  }
}
