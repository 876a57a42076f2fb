package dev.readiness.ratelimit;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.LoginSession;
import dev.readiness.profile.RateLimitEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bursts of the profile's {@code rateLimit.endpoints}, run once per session and shared by {@code ratelimit.api}
 * and {@code ratelimit.signal}, so the stack is hammered once.
 *
 * @param results one burst per endpoint, in profile order
 */
record ApiBursts(List<BurstResult> results) {

  static final String KEY = "ratelimit.api.bursts";

  ApiBursts {
    results = List.copyOf(results);
  }

  static ApiBursts of(CheckContext context) {
    return context.shared().computeIfAbsent(KEY, ApiBursts.class, () -> run(context));
  }

  /** @return ERROR naming the first endpoint whose control request did not succeed before its burst */
  Optional<Outcome> controlError(CheckContext context) {
    return results.stream().filter(burst -> !burst.control().isSuccessful()).findFirst()
        .map(burst -> Outcome.error("control " + burst.control().summary() + " did not succeed before the burst, "
            + "so a limit cannot be told from a broken endpoint", context.http().evidence()));
  }

  private static ApiBursts run(CheckContext context) {
    HttpProbe probe = context.http();
    BurstEngine engine = new BurstEngine(probe);
    List<BurstResult> results = new ArrayList<>();
    for (RateLimitEndpoint endpoint : context.profile().rateLimit().endpoints()) {
      ProbeRequest.Builder request = ProbeRequest.builder(endpoint.method(), probe.resolve(endpoint.path()));
      if (endpoint.authenticated()) {
        LoginSession login = LoginSession.of(context).orElseThrow(() -> new ProbeException("rateLimit endpoint "
            + endpoint.path() + " is authenticated, but auth.login is not configured in the stack profile"));
        IssuedTokens tokens = login.tokens().orElseThrow(() -> new ProbeException(login.failure()));
        LoginSession.authorize(request, tokens.accessToken(), tokens);
      }
      ProbeRequest built = request.build();
      results.add(engine.retryAfter(engine.burst(built, endpoint.maxRequests()), built));
    }
    return new ApiBursts(results);
  }
}
