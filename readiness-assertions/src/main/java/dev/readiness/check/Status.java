package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a check ended. Only {@link #PASS} means the property holds: {@link #SKIPPED} and {@link #ERROR}
 * are never counted as passing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Status {
  /** The property holds, with the evidence that shows it. */
  PASS,
  /** The property does not hold; the message says what was sent, what came back, why, and the fix. */
  FAIL,
  /** Not applicable to this stack (nothing configured for it); the reason is given. A waived failure stays FAIL. */
  SKIPPED,
  /** The check could not decide: target down, time-out, positive control failed. Never a pass. */
  ERROR
}
