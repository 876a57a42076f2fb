package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A rate limiter the check is not testing refused a request, and its {@code Retry-After} was missing, longer than
 * the check's remaining deadline, or already waited out {@value HttpProbe#MAX_LIMITER_WAITS} times. The message
 * names the request, the status and the limiter headers; the check that meets it ends in ERROR.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitedException extends ProbeException {

  private static final long serialVersionUID = 1L;

  private final transient HttpExchange refusal;

  /**
   * @param refusal the limiter's answer
   * @param message what was refused, by what, and why the probe did not wait
   */
  public RateLimitedException(HttpExchange refusal, String message) {
    super(message);
    this.refusal = refusal;
  }

  /** @return the limiter's answer that ended the probing */
  public HttpExchange refusal() {
    return refusal;
  }
}
