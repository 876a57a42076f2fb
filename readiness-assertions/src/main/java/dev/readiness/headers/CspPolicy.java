package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code headers.csp} rule: an enforced Content-Security-Policy restricts scripts. Scripts are restricted by
 * {@code script-src}, else {@code default-src}; a policy fails when that list is missing or allows
 * {@code 'unsafe-eval'}, {@code 'unsafe-inline'} without a nonce or hash, a broad source ({@code *},
 * {@code http:}, {@code https:}, {@code data:}, {@code http://*}, {@code https://*}) unless
 * {@code 'strict-dynamic'} with a nonce or hash makes browsers ignore it, or {@code 'strict-dynamic'} without a
 * nonce or hash (invalid). Browsers enforce every policy, so the response passes when at least one of its
 * policies restricts scripts. {@code Content-Security-Policy-Report-Only} enforces nothing and does not count.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CspPolicy {

  /** The enforced header. */
  public static final String HEADER = "Content-Security-Policy";
  /** The header that only reports. */
  public static final String REPORT_ONLY = "Content-Security-Policy-Report-Only";

  private static final Set<String> BROAD = Set.of("*", "http:", "https:", "data:", "http://*", "https://*");
  private static final String FIX = "Send Content-Security-Policy with script-src 'self' (or nonces/hashes) and "
      + "no 'unsafe-inline'/'unsafe-eval'; an API can send \"default-src 'none'; frame-ancestors 'none'\"";

  private CspPolicy() {}

  /** @return one blocking finding when the response's policies do not restrict scripts, else none */
  public static List<Finding> evaluate(HttpExchange response) {
    List<String> values = response.headers().all(HEADER);
    if (values.isEmpty()) {
      String reportOnly = response.headers().contains(REPORT_ONLY)
          ? " (only " + REPORT_ONLY + ", which enforces nothing)" : "";
      return List.of(Finding.fail(response.summary() + " sent no " + HEADER + " header" + reportOnly
          + ", so injected scripts run unrestricted", FIX));
    }
    List<String> problems = new ArrayList<>();
    for (ContentSecurityPolicy policy : ContentSecurityPolicy.parseAll(values)) {
      Optional<String> problem = scriptProblem(policy);
      if (problem.isEmpty()) {
        return List.of();
      }
      problems.add(problem.get());
    }
    return List.of(Finding.fail(response.summary() + " sent " + HEADER + ": '" + String.join(", ", values)
        + "', which does not restrict scripts: " + String.join("; ", problems), FIX));
  }

  /** @return why the policy lets injected scripts run, empty when it restricts them */
  static Optional<String> scriptProblem(ContentSecurityPolicy policy) {
    Optional<List<String>> found = policy.scriptSources();
    if (found.isEmpty()) {
      return Optional.of("neither script-src nor default-src is set");
    }
    List<String> sources = found.get();
    if (sources.contains("'none'") && sources.size() == 1) {
      return Optional.empty();
    }
    boolean nonceOrHash = sources.stream().anyMatch(ContentSecurityPolicy::isNonceOrHash);
    boolean strictDynamic = sources.contains("'strict-dynamic'");
    String directive = policy.directive("script-src").isPresent() ? "script-src" : "default-src";
    if (sources.contains("'unsafe-eval'")) {
      return Optional.of(directive + " allows 'unsafe-eval'");
    }
    if (strictDynamic && !nonceOrHash) {
      return Optional.of(directive + " has 'strict-dynamic' without a nonce or hash, which is invalid");
    }
    if (sources.contains("'unsafe-inline'") && !nonceOrHash) {
      return Optional.of(directive + " allows 'unsafe-inline' without a nonce or hash");
    }
    if (!strictDynamic) {
      Optional<String> broad = sources.stream().filter(BROAD::contains).findFirst();
      if (broad.isPresent()) {
        return Optional.of(directive + " allows the broad source " + broad.get());
      }
    }
    return Optional.empty();
  }
}
