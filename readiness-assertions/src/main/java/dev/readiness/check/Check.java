package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.LimitedResponses;
import dev.readiness.http.ProbeLimits;
import org.apiguardian.api.API;

/**
 * One catalogue check: a probe of the target followed by a pure policy that turns evidence into an
 * {@link Outcome}.
 *
 * <p>Implementations must be stateless and thread-safe; everything a run needs comes from the
 * {@link CheckContext}. A run that cannot decide returns {@link Outcome#error}, or lets a
 * {@link dev.readiness.http.ProbeException} escape, which {@link CheckRunner} turns into ERROR. A check whose
 * configuration is absent from the stack profile returns {@link Outcome#skipped} naming the missing key.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Check {

  /** @return the catalogue id, for example {@code hsts.present}; public API, never changes meaning */
  String id();

  /** @return a one-line title, for example {@code HSTS header present} */
  String title();

  /** @return the catalogue area */
  Category category();

  /** @return the request budget and deadline of one run; {@link ProbeLimits#DEFAULT} unless overridden */
  default ProbeLimits limits() {
    return ProbeLimits.DEFAULT;
  }

  /**
   * @return what the check's probe does with a rate limiter's refusal (429, or 503 with {@code Retry-After}):
   *     {@link LimitedResponses#RAW} for the {@link Category#RATE_LIMIT} checks, which test the limiter;
   *     {@link LimitedResponses#WAIT_OUT} for every other check, which waits it out or ends in ERROR naming it
   */
  default LimitedResponses limitedResponses() {
    return category() == Category.RATE_LIMIT ? LimitedResponses.RAW : LimitedResponses.WAIT_OUT;
  }

  /**
   * Runs the check.
   *
   * @param context the target, profile, a bounded HTTP probe and shared state
   * @return the verdict with its evidence
   */
  Outcome run(CheckContext context);
}
