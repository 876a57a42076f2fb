package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CheckResult}. Failure messages show the check id, the actual status, its message, the fix
 * and the evidence, so a failing test can be acted on without rerunning it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

  /** @param actual the result under test */
  public CheckResultAssert(CheckResult actual) {
    super(actual, CheckResultAssert.class);
  }

  /**
   * Verifies the check passed.
   *
   * <pre>{@code
   * assertThat(Readiness.check("hsts.present", target)).isPass(); // passes on a hardened stack
   * }</pre>
   *
   * @return this assertion
   */
  public CheckResultAssert isPass() {
    return hasStatus(Status.PASS);
  }

  /** @return this assertion, after verifying the check failed */
  public CheckResultAssert isFail() {
    return hasStatus(Status.FAIL);
  }

  /** @return this assertion, after verifying the check could not decide */
  public CheckResultAssert isError() {
    return hasStatus(Status.ERROR);
  }

  /** @return this assertion, after verifying the check was skipped */
  public CheckResultAssert isSkipped() {
    return hasStatus(Status.SKIPPED);
  }

  /**
   * @param expected the status the check must have ended in
   * @return this assertion
   */
  public CheckResultAssert hasStatus(Status expected) {
    isNotNull();
    if (actual.status() != expected) {
      throwAssertionError(new ShouldHaveStatus(actual, expected));
    }
    return this;
  }

  /**
   * @param fragment text the result's message must contain
   * @return this assertion
   */
  public CheckResultAssert hasMessageContaining(String fragment) {
    isNotNull();
    if (!actual.message().contains(fragment)) {
      failWithMessage("%nExpecting the message of check %s to contain:%n  %s%nbut it was:%n  %s",
          actual.id(), fragment, actual.message());
    }
    return this;
  }
}
