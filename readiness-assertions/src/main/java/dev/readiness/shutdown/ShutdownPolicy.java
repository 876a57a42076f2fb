package dev.readiness.shutdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code shutdown.graceful} rule: after SIGTERM the request in flight completes (2xx) or gets a clean 503, and
 * the container exits by itself within the stop timeout with code 0 or 143 (128 + SIGTERM), not by SIGKILL.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ShutdownPolicy {

  /** The exit codes of a process that stopped on SIGTERM. */
  public static final Set<Long> CLEAN_EXIT_CODES = Set.of(0L, 143L);

  private ShutdownPolicy() {}

  /**
   * @param seen what was seen
   * @return a blocking finding for a request cut off and one for a process that did not exit cleanly by itself
   */
  public static List<Finding> evaluate(ShutdownObservation seen) {
    List<Finding> findings = new ArrayList<>();
    if (!answeredCleanly(seen)) {
      findings.add(Finding.fail("with " + seen.request() + " in flight, SIGTERM to " + seen.state().label()
          + " cut it off: " + seen.inFlight().describe() + "; expected it to complete or get a 503",
          "On SIGTERM stop accepting connections and let the requests in flight finish (Node server.close(), "
              + "uvicorn's graceful shutdown, Spring server.shutdown=graceful, nginx -s quit)"));
    }
    if (!seen.exitedBySelf()) {
      findings.add(Finding.fail(seen.state().label() + " was still running " + seen.stopTimeout().toSeconds()
          + " s after SIGTERM and had to be killed with SIGKILL, as docker stop does: the process ignores SIGTERM "
          + "(a shell as PID 1, or no handler)", "Run the server as PID 1 with exec (CMD [\"node\", \"server.js\"], "
          + "not sh -c), or use tini / docker run --init, and exit once the requests in flight are done"));
    } else if (!CLEAN_EXIT_CODES.contains(seen.state().exitCode())) {
      findings.add(Finding.fail(seen.state().label() + " exited with code " + seen.state().exitCode()
          + (seen.state().oomKilled() ? " (killed for memory)" : "") + " after SIGTERM; expected 0 or 143",
          "Exit with 0 (or let the default SIGTERM handling exit with 143) once the shutdown is done"));
    }
    return findings;
  }

  /**
   * @param seen what was seen, with nothing blocking
   * @return the PASS message
   */
  public static String passMessage(ShutdownObservation seen) {
    return "with " + seen.request() + " in flight, SIGTERM to " + seen.state().label() + " let it "
        + seen.inFlight().exchange().map(e -> e.isSuccessful() ? "complete (" + e.status() + ")"
            : "end with a clean " + e.status()).orElse("?")
        + ", and the container exited by itself with code " + seen.state().exitCode() + " within "
        + seen.stopTimeout().toSeconds() + " s";
  }

  private static boolean answeredCleanly(ShutdownObservation seen) {
    return seen.inFlight().exchange().map(HttpExchange::status).filter(s -> (s >= 200 && s < 300) || s == 503)
        .isPresent();
  }
}
