package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.LimitedResponses;
import java.util.function.Function;
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

  /**
   * Connects to Docker, runs the check's work with the control and closes it.
   *
   * @param context the running check's context, whose evidence an ERROR keeps
   * @param work what the check does with the containers
   * @return the work's outcome; ERROR with the cause and the evidence so far when Docker cannot be reached or a
   *     container cannot be controlled
   */
  default Outcome withContainers(CheckContext context, Function<ContainerControl, Outcome> work) {
    try (ContainerControl control = ContainerControl.connect()) {
      return work.apply(control);
    } catch (ContainerException e) {
      return Outcome.error(e.getMessage(), context.http().evidence());
    }
  }
}
