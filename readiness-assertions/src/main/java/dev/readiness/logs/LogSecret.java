package dev.readiness.logs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A secret of the run that must not appear in the stack's logs.
 *
 * @param kind what it is, for messages: {@code the login password}, {@code the access token}, {@code cookie 'sid'}
 * @param value the secret itself; never shown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LogSecret(String kind, String value) {

  /** Secrets shorter than this are not looked for: they would match ordinary words. */
  public static final int MIN_LENGTH = 6;

  /** Rejects null components. */
  public LogSecret {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** @return the kind only: the value is a secret */
  @Override
  public String toString() {
    return "LogSecret[" + kind + "]";
  }
}
