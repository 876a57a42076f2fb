package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Polls the health endpoint every {@link #PACE} until a reading matches or the bound has passed, through the check's
 * bounded probe (so its budget and deadline still hold). A request that gets no answer is a reading too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HealthPoll {

  /** The pause between two polls. */
  public static final Duration PACE = Duration.ofMillis(500);

  private HealthPoll() {}

  /**
   * @param http the check's probe
   * @param healthUrl the health endpoint's URL now
   * @param wanted the reading to wait for
   * @param within how long to poll
   * @return the first matching reading, or the last one when none matched within the bound
   */
  public static Result until(HttpProbe http, URI healthUrl, Predicate<HealthReading> wanted, Duration within) {
    Instant end = Instant.now().plus(within);
    HealthReading last;
    int polls = 0;
    while (true) {
      last = read(http, healthUrl);
      polls++;
      if (wanted.test(last)) {
        return new Result(true, last, polls);
      }
      if (!Instant.now().plus(PACE).isBefore(end) || http.remaining().compareTo(PACE.multipliedBy(2)) < 0) {
        return new Result(false, last, polls);
      }
      sleep(PACE);
    }
  }

  /**
   * @param http the check's probe
   * @param healthUrl the health endpoint's URL now
   * @return one reading
   */
  public static HealthReading read(HttpProbe http, URI healthUrl) {
    try {
      HttpExchange exchange = http.send(ProbeRequest.get(healthUrl));
      return new HealthReading(Optional.of(exchange), Optional.empty());
    } catch (ProbeException e) {
      return new HealthReading(Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  /**
   * @param matched true when a reading matched within the bound
   * @param last the matching reading, else the last one
   * @param polls how many readings were taken
   */
  public record Result(boolean matched, HealthReading last, int polls) {}

  static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while polling the health endpoint", e);
    }
  }
}
