package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import org.apiguardian.api.API;

/**
 * Thrown when a check could not decide (status ERROR): the target was down, the deadline passed, or the positive
 * control failed. It is not an {@link AssertionError}, so JUnit reports the test as failed by an error, never as
 * passed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class CheckErrorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param result the ERROR result */
  public CheckErrorException(CheckResult result) {
    super(result.id() + " could not decide (ERROR): " + result.message(), null, false, false);
  }
}
