package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code ratelimit.api} rule: a burst within the budget meets a limited response (429 or 503), or is delayed by
 * a queueing limiter that says so (a rate-limit header on its answers); a stack that is only slow, every answer
 * passing late with no limiter header, is not rate-limited. A request after {@code Retry-After} should succeed
 * again.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitPolicy {

  private RateLimitPolicy() {}

  /**
   * @param burst a burst whose control succeeded
   * @return a blocking finding when nothing limited the burst; a warning when the stack still limits after
   *     {@code Retry-After}
   */
  public static List<Finding> evaluate(BurstResult burst) {
    List<Finding> findings = new ArrayList<>();
    if (burst.firstLimited().isEmpty() && burst.isQueued() && !burst.hasLimiterSignal()) {
      findings.add(Finding.fail("sent " + (burst.exchanges().size() + 1) + " × " + burst.request() + ": every answer "
          + "passed, the slowest after " + burst.slowest().map(e -> e.elapsed().toMillis()).orElse(0L) + " ms "
          + "against " + burst.control().elapsed().toMillis() + " ms alone, but none was refused and none carried a "
          + "rate-limit header: a stack that is only slow under load is not rate-limited, and a queue that neither "
          + "refuses nor says it limits cannot be told from one",
          "Rate-limit the endpoint per client and refuse the excess with 429: express-rate-limit, slowapi, Bucket4j "
              + "(Spring) or nginx limit_req zone=api rate=10r/s burst=20 nodelay (a queue without nodelay: keep "
              + "burst below 16, or send RateLimit headers)"));
    } else if (burst.firstLimited().isEmpty() && !burst.isQueued()) {
      findings.add(Finding.fail("sent " + (burst.exchanges().size() + 1) + " × " + burst.request() + " in "
          + burst.elapsed().toMillis() + " ms (" + burst.requestsPerSecond() + " requests/s): no response was 429 "
          + "or 503 and none was delayed, so nothing limits a client hammering this endpoint ("
          + QuotaHeaders.of(burst.control().headers()) + ")",
          "Rate-limit the endpoint per client: express-rate-limit, slowapi, Bucket4j (Spring) or nginx "
              + "limit_req zone=api rate=10r/s burst=20 nodelay"));
    }
    Optional<HttpExchange> after = burst.afterRetry();
    if (after.isPresent() && !after.get().isSuccessful()) {
      findings.add(Finding.warning("after waiting Retry-After ("
          + burst.firstLimited().flatMap(l -> l.header("Retry-After")).orElse("?") + ") plus 1 s, "
          + after.get().summary() + ": the stack still refuses, so Retry-After misleads clients",
          "Send a Retry-After that matches when the quota refills"));
    }
    return findings;
  }

  /**
   * @param burst a burst that met a limit
   * @return the one-line description of the limit the burst observed
   */
  public static String describe(BurstResult burst) {
    String after = burst.afterRetry().map(e -> "; after Retry-After: " + e.summary()).orElse("");
    return burst.firstLimited()
        .map(limited -> burst.request() + " limited after " + burst.observedLimit() + " requests in "
            + burst.elapsed().toMillis() + " ms: " + limited.status() + " with " + QuotaHeaders.of(limited.headers())
            + after)
        .orElseGet(() -> burst.request() + " queued: the slowest of " + burst.exchanges().size()
            + " burst responses took " + burst.slowest().map(e -> e.elapsed().toMillis()).orElse(0L)
            + " ms against " + burst.control().elapsed().toMillis() + " ms alone (a queueing limiter such as nginx "
            + "limit_req burst without nodelay)");
  }
}
