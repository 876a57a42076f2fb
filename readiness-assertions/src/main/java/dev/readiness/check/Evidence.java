package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a probe saw, as a person reads it: a one-line title (for example {@code GET https://host/ -> 200})
 * and a multi-line detail. Evidence is redacted before it is created: it never holds a token, password or
 * cookie value.
 *
 * @param title one line
 * @param detail any number of lines, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Evidence(String title, String detail) {

  /** Validates that both parts are present. */
  public Evidence {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  /** @return evidence with a title only */
  public static Evidence of(String title) {
    return new Evidence(title, "");
  }
}
