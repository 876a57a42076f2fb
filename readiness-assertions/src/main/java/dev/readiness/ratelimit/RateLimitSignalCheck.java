package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ratelimit.signal}: the limited responses of the {@code ratelimit.api} bursts are 429 and say when to retry.
 * Skipped when no burst met a limit (that is {@code ratelimit.api}'s failure, not counted twice).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitSignalCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "ratelimit.signal";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Rate limits answer 429 with Retry-After";
  }

  @Override
  public Category category() {
    return Category.RATE_LIMIT;
  }

  @Override
  public ProbeLimits limits() {
    return RateLimitApiCheck.LIMITS;
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
    List<Finding> findings = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (BurstResult burst : all.results()) {
      Optional<HttpExchange> limited = burst.firstLimited();
      limited.ifPresent(response -> {
        findings.addAll(RateLimitSignalPolicy.evaluate(response));
        seen.add(response.summary() + " with " + QuotaHeaders.of(response.headers()));
      });
    }
    if (seen.isEmpty()) {
      return Outcome.skipped("no burst of ratelimit.api met a limited response, so there is no signal to judge");
    }
    return Outcome.of(String.join("; ", seen), findings, context.http().evidence());
  }
}
