package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing a policy found wrong: its severity, a message that names what was sent, what came back and why
 * that is a problem, and a one-line fix.
 *
 * @param severity whether the finding fails the check or only warns
 * @param message what was observed and why it matters; never contains a secret
 * @param fix how to fix it, in one line
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Finding(Severity severity, String message, String fix) {

  /** Validates that every part is present. */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** @return a blocking finding */
  public static Finding fail(String message, String fix) {
    return new Finding(Severity.FAIL, message, fix);
  }

  /** @return a warning that does not fail the check */
  public static Finding warning(String message, String fix) {
    return new Finding(Severity.WARNING, message, fix);
  }

  /** @return true when this finding fails its check */
  public boolean isBlocking() {
    return severity == Severity.FAIL;
  }
}
