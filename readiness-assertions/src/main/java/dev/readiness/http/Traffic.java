package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a scan sent to the target and how long it waited for the stack's rate limiters, as the
 * {@link RequestGovernor} counted it.
 *
 * @param requests every request sent, limiter probes and resent requests included
 * @param waited the time requests were held back in all: refusals waited out and pacing at a learned rate
 * @param logins logins with the profile's real credentials
 * @param wrongPasswords login attempts with other credentials (default pairs, wrong passwords)
 * @param limiters each limiter met, in the order first met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Traffic(long requests, Duration waited, int logins, int wrongPasswords, List<Limiter> limiters) {

  /** No traffic at all. */
  public static final Traffic NONE = new Traffic(0, Duration.ZERO, 0, 0, List.of());

  /** Copies the list. */
  public Traffic {
    Objects.requireNonNull(waited, "waited");
    limiters = List.copyOf(limiters);
  }

  /**
   * @param other the traffic of another session of the same run
   * @return both added up
   */
  public Traffic plus(Traffic other) {
    List<Limiter> all = new java.util.ArrayList<>(limiters);
    all.addAll(other.limiters);
    return new Traffic(requests + other.requests, waited.plus(other.waited), logins + other.logins,
        wrongPasswords + other.wrongPasswords, all);
  }

  /** @return one line: requests, time waited and for which limiters, logins and wrong passwords */
  public String summary() {
    StringBuilder line = new StringBuilder().append(requests).append(" requests, waited ")
        .append(seconds(waited)).append(" for rate limiters");
    if (!limiters.isEmpty()) {
      line.append(" (");
      for (int i = 0; i < limiters.size(); i++) {
        Limiter limiter = limiters.get(i);
        line.append(i == 0 ? "" : "; ").append(limiter.scope()).append(": ").append(limiter.refusals())
            .append(" refused, waited ").append(seconds(limiter.waited())).append(", last ")
            .append(limiter.lastSignal());
      }
      line.append(')');
    }
    return line.append(", ").append(logins).append(logins == 1 ? " login, " : " logins, ").append(wrongPasswords)
        .append(" wrong-password attempts").toString();
  }

  static String seconds(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  /**
   * One limiter the scan met.
   *
   * @param scope where it applies: {@code site} (every path), or a path with its own limiter such as the login's
   * @param refusals how many answers were its refusals
   * @param waited how long requests waited for it
   * @param lastSignal its last refusal or quota, as status and headers
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Limiter(String scope, int refusals, Duration waited, String lastSignal) {}
}
