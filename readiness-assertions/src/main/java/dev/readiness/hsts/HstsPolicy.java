package dev.readiness.hsts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Durations;
import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The HSTS rules of the catalogue, as pure functions from exchanges to findings: {@code hsts.present} (a valid
 * header on the HTTPS response; one sent only over plain HTTP does not count) and {@code hsts.max-age} (max-age at
 * least the minimum, includeSubDomains when required, the header also on error responses).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HstsPolicy {

  /** The response header this policy reads. */
  public static final String HEADER = "Strict-Transport-Security";

  /** The one-line fix for a missing or invalid header. */
  public static final String FIX = "Send 'Strict-Transport-Security: max-age=31536000; includeSubDomains' on every "
      + "HTTPS response (nginx: add_header ... always; Express: helmet.hsts())";

  private HstsPolicy() {}

  /**
   * Reads the header of a response: exactly one valid header over HTTPS.
   *
   * @param exchange the response to read
   * @return the parse, invalid with the reason when the header is missing, repeated or malformed, or the response
   *     came over plain HTTP
   */
  public static HstsParse read(HttpExchange exchange) {
    List<String> values = exchange.headers().all(HEADER);
    if (!exchange.isHttps()) {
      return HstsParse.invalid("the response came over plain HTTP, where browsers ignore HSTS (RFC 6797 8.1)");
    }
    if (values.isEmpty()) {
      return HstsParse.invalid("no " + HEADER + " header was sent");
    }
    if (values.size() > 1) {
      return HstsParse.invalid(values.size() + " " + HEADER + " headers were sent; browsers use only the first and "
          + "hstspreload.org rejects the site");
    }
    return HstsHeader.parse(values.get(0));
  }

  /**
   * The {@code hsts.present} rule.
   *
   * @param https the response to a GET over HTTPS
   * @param plain the response to the same GET over plain HTTP, when a plain listener is configured
   * @return a blocking finding when the HTTPS response has no single valid header; warnings for a quoted max-age
   */
  public static List<Finding> presence(HttpExchange https, Optional<HttpExchange> plain) {
    List<Finding> findings = new ArrayList<>();
    if (!https.isHttps()) {
      findings.add(Finding.fail(https.summary() + ": the target is plain HTTP, so no HSTS policy can apply",
          "Serve the stack over HTTPS and send HSTS there"));
      return findings;
    }
    HstsParse parse = read(https);
    if (!parse.isValid()) {
      String onPlain = plain.filter(p -> p.headers().contains(HEADER))
          .map(p -> "; it was sent only over plain HTTP (" + p.summary() + "), where browsers ignore it")
          .orElse("");
      String raw = https.header(HEADER).map(v -> " '" + v + "'").orElse("");
      findings.add(Finding.fail(https.summary() + " sent no valid " + HEADER + " header" + raw + ": "
          + parse.error().orElseThrow() + onPlain, FIX));
      return findings;
    }
    if (parse.header().orElseThrow().maxAgeQuoted()) {
      findings.add(Finding.warning(https.summary() + ": max-age is a quoted string; valid under RFC 6797 but "
          + "rejected by hstspreload.org", "Write max-age as plain digits"));
    }
    plain.filter(p -> p.headers().contains(HEADER)).ifPresent(p -> findings.add(Finding.warning(
        p.summary() + " sends " + HEADER + " over plain HTTP, where it is ignored",
        "Send HSTS only on HTTPS responses and redirect plain HTTP to HTTPS")));
    return findings;
  }

  /**
   * The {@code hsts.max-age} rule.
   *
   * @param https the response to a GET of the home page over HTTPS
   * @param others further HTTPS responses, such as an error page, that should carry the header too
   * @param minimum the least acceptable max-age
   * @param requireSubDomains whether includeSubDomains is required (the {@code modern} profile)
   * @return a blocking finding when max-age is short or unreadable, or includeSubDomains is required and absent;
   *     warnings for responses without the header and for a missing includeSubDomains otherwise
   */
  public static List<Finding> maxAge(HttpExchange https, List<HttpExchange> others, Duration minimum,
      boolean requireSubDomains) {
    List<Finding> findings = new ArrayList<>();
    HstsParse parse = read(https);
    if (!parse.isValid()) {
      findings.add(Finding.fail(https.summary() + ": max-age cannot be read because there is no valid " + HEADER
          + " header (" + parse.error().orElseThrow() + ")", FIX));
      return findings;
    }
    HstsHeader header = parse.header().orElseThrow();
    if (header.maxAgeSeconds() < minimum.toSeconds()) {
      String why = header.maxAgeSeconds() == 0 ? "max-age=0 deletes the HSTS policy"
          : "max-age=" + header.maxAgeSeconds() + " (" + Durations.describe(header.maxAge()) + ") is below the required "
              + minimum.toSeconds() + " (" + Durations.describe(minimum) + ")";
      findings.add(Finding.fail(https.summary() + ": " + why,
          "Set max-age=" + Math.max(minimum.toSeconds(), 31_536_000L) + " or more in " + HEADER));
    }
    if (!header.includeSubDomains()) {
      String message = https.summary() + ": includeSubDomains is absent, so subdomains are not covered";
      String fix = "Add includeSubDomains to " + HEADER;
      findings.add(requireSubDomains ? Finding.fail(message + " (required by the modern profile)", fix)
          : Finding.warning(message, fix));
    }
    for (HttpExchange other : others) {
      if (!other.headers().contains(HEADER)) {
        findings.add(Finding.warning(other.summary() + " carries no " + HEADER + " header (error and redirect "
            + "responses need it too)", "Send HSTS on every response (nginx: add_header ... always)"));
      }
    }
    return findings;
  }
}
