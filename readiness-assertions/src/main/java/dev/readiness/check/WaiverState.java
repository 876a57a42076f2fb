package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a {@link Waiver} did to the result it names. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum WaiverState {
  /** The check failed and the waiver holds: reported as WAIVED, the status stays FAIL. */
  ACTIVE,
  /** The check failed after the waiver's last day: an ordinary failure whose message says so. */
  EXPIRED,
  /** The check did not fail (PASS or SKIPPED): the waiver changed nothing. */
  NOT_NEEDED,
  /** The check could not decide (ERROR): an ERROR is never waived, the waiver changed nothing. */
  NOT_APPLIED
}
