package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code headers.referrer-policy} rule: the effective {@code Referrer-Policy} (last known token) must not send
 * full URLs to other origins. {@code unsafe-url} and {@code no-referrer-when-downgrade} fail, as does no known
 * token at all; {@code origin} and {@code origin-when-cross-origin} send only the origin, also over plain HTTP,
 * and are a warning; {@code no-referrer}, {@code same-origin}, {@code strict-origin} and
 * {@code strict-origin-when-cross-origin} pass.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReferrerLeakPolicy {

  private static final Set<String> LEAKS_URL = Set.of("unsafe-url", "no-referrer-when-downgrade");
  private static final Set<String> LEAKS_ORIGIN = Set.of("origin", "origin-when-cross-origin");
  private static final String FIX = "Send Referrer-Policy: strict-origin-when-cross-origin (or no-referrer) "
      + "(Express: helmet(); nginx: add_header Referrer-Policy no-referrer always;)";

  private ReferrerLeakPolicy() {}

  /** @return a blocking finding for a policy that leaks full URLs or is absent, a warning for origin leaks */
  public static List<Finding> evaluate(HttpExchange response) {
    List<String> values = response.headers().all(ReferrerPolicyHeader.HEADER);
    Optional<String> effective = ReferrerPolicyHeader.effective(values);
    String sent = values.isEmpty() ? "no " + ReferrerPolicyHeader.HEADER + " header"
        : ReferrerPolicyHeader.HEADER + ": '" + String.join(", ", values) + "'";
    if (effective.isEmpty()) {
      String why = values.isEmpty() ? "" : " (no token browsers know)";
      return List.of(Finding.fail(response.summary() + " sent " + sent + why
          + ", so the referrer depends on each browser's default", FIX));
    }
    String policy = effective.get();
    if (LEAKS_URL.contains(policy)) {
      return List.of(Finding.fail(response.summary() + " sent " + sent + ", whose effective policy '" + policy
          + "' sends full URLs, with paths and query strings, to other origins", FIX));
    }
    if (LEAKS_ORIGIN.contains(policy)) {
      return List.of(Finding.warning(response.summary() + " sent " + sent + ", whose effective policy '" + policy
          + "' sends the origin to other sites even over plain HTTP", FIX));
    }
    return List.of();
  }
}
