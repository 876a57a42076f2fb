package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What an {@link HttpProbe} does with a rate limiter's refusal: a 429, or a 503 that carries {@code Retry-After}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LimitedResponses {

  /**
   * The refusal comes from a limiter the check is not testing: the probe waits {@code Retry-After} and sends the
   * request again when the wait fits the remaining deadline (the resent request counts in the budget); otherwise it
   * throws a {@link RateLimitedException} naming the status, the limiter headers and the path, and the check is
   * ERROR. The check only ever sees the answer after the limiter let it through.
   */
  WAIT_OUT,

  /** The check tests the limiter: every refusal is returned as it came, never waited out. */
  RAW
}
