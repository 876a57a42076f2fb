package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The {@code headers.frame-options} rule: framing is restricted by an enforced CSP {@code frame-ancestors}
 * directive without a broad source, or else by {@code X-Frame-Options} whose every value (over repeated headers
 * and comma lists) is the same {@code DENY} or {@code SAMEORIGIN}, as the HTML standard reads it. Conflicting
 * values, {@code ALLOW-FROM} (ignored by browsers) and anything else fail.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FrameOptionsPolicy {

  /** The legacy header. */
  public static final String HEADER = "X-Frame-Options";

  private static final Set<String> BROAD = Set.of("*", "http:", "https:", "http://*", "https://*");
  private static final Set<String> VALID = Set.of("deny", "sameorigin");
  private static final String FIX = "Send X-Frame-Options: DENY (or SAMEORIGIN) or CSP frame-ancestors 'none' "
      + "(Express: helmet(); nginx: add_header X-Frame-Options DENY always;)";

  private FrameOptionsPolicy() {}

  /** @return one blocking finding when the response may be framed by any site, else none */
  public static List<Finding> evaluate(HttpExchange response) {
    Optional<String> broadAncestor = Optional.empty();
    for (ContentSecurityPolicy policy : ContentSecurityPolicy.parseAll(response.headers().all(CspPolicy.HEADER))) {
      Optional<List<String>> ancestors = policy.directive("frame-ancestors");
      if (ancestors.isPresent()) {
        broadAncestor = ancestors.get().stream().filter(BROAD::contains).findFirst();
        if (broadAncestor.isEmpty()) {
          return List.of();
        }
      }
    }
    List<String> values = response.headers().all(HEADER);
    if (values.isEmpty()) {
      String csp = broadAncestor.map(source -> "its CSP frame-ancestors allows " + source)
          .orElse("no CSP frame-ancestors directive");
      return List.of(Finding.fail(response.summary() + " sent no " + HEADER + " header and " + csp
          + ", so any site can frame it (clickjacking)", FIX));
    }
    Set<String> tokens = new TreeSet<>();
    for (String value : values) {
      for (String token : value.split(",", -1)) {
        tokens.add(token.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (tokens.size() == 1 && VALID.contains(tokens.iterator().next())) {
      return List.of();
    }
    return List.of(Finding.fail(response.summary() + " sent " + HEADER + ": '" + String.join(", ", values)
        + "', which browsers ignore (only one of DENY or SAMEORIGIN is valid), so any site can frame it", FIX));
  }
}
