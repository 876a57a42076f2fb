package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One header line as sent or received, unredacted. Render it through {@link Redactor} before showing it.
 *
 * @param name the header name as it appeared
 * @param value the value as it appeared
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HttpHeader(String name, String value) {

  /** Validates that both parts are present. */
  public HttpHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** @return true when this header has the given name, compared case-insensitively */
  public boolean is(String otherName) {
    return name.equalsIgnoreCase(otherName);
  }
}
