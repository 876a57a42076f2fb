package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A request was not sent because waiting for a rate limiter would pass the scan's wait budget
 * ({@code target.maxWait}), or the scan's deadline ({@code target.scanTimeout}) has passed. The message names the
 * limiter, the key to raise and how long the scan already waited; the check that meets it ends in ERROR.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WaitBudgetSpentException extends ProbeException {

  private static final long serialVersionUID = 1L;

  /** @param message the limiter, the key to raise and the time already waited */
  public WaitBudgetSpentException(String message) {
    super(message);
  }
}
