package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.ProbeLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code ratelimit.api}: a burst to each configured endpoint is limited (429/503) or queued before its budget is
 * spent. The burst runs once per session and is shared with {@code ratelimit.signal}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitApiCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "ratelimit.api";

  /** The bound of every burst of a session together: endpoints' budgets and one login each. */
  static final ProbeLimits LIMITS = new ProbeLimits(5_000, Duration.ofSeconds(60));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "API endpoints are rate-limited";
  }

  @Override
  public Category category() {
    return Category.RATE_LIMIT;
  }

  @Override
  public ProbeLimits limits() {
    return LIMITS;
  }

  @Override
  public Outcome run(CheckContext context) {
    if (context.profile().rateLimit().endpoints().isEmpty()) {
      return Outcome.skipped("rateLimit.endpoints is not configured in the stack profile");
    }
    ApiBursts all = ApiBursts.of(context);
    Optional<Outcome> error = all.controlError(context);
    if (error.isPresent()) {
      return error.get();
    }
    List<BurstResult> bursts = all.results();
    List<Finding> findings = new ArrayList<>();
    bursts.forEach(burst -> findings.addAll(RateLimitPolicy.evaluate(burst)));
    String pass = bursts.stream().map(RateLimitPolicy::describe).collect(Collectors.joining("; "));
    return Outcome.of(pass, findings, context.http().evidence());
  }
}
