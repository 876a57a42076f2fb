package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.http.LimitedResponses;
import org.apiguardian.api.API;

/**
 * A check that restarts, stops or signals the stack on purpose. The 503s and refused connections it provokes are the
 * answers it judges, not a rate limiter to wait out: its probe returns them as they came ({@link LimitedResponses#RAW})
 * and is never paced behind a limiter that an earlier outage seemed to show.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface DisruptiveCheck extends Check {

  /** @return {@link LimitedResponses#RAW}, always */
  @Override
  default LimitedResponses limitedResponses() {
    return LimitedResponses.RAW;
  }
}
