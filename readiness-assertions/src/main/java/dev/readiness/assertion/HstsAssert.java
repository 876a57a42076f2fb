package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.hsts.HstsHeader;
import dev.readiness.hsts.HstsParse;
import dev.readiness.hsts.HstsPolicy;
import dev.readiness.http.HttpExchange;
import java.time.Duration;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@code Strict-Transport-Security} header of an HTTPS response, parsed by RFC 6797.
 *
 * <pre>{@code
 * Readiness.assertThat(target).hsts().hasMaxAgeAtLeast(Duration.ofDays(365)).includesSubDomains();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class HstsAssert extends AbstractAssert<HstsAssert, HttpExchange> {

  /** @param actual the HTTPS response whose header is asserted on */
  public HstsAssert(HttpExchange actual) {
    super(actual, HstsAssert.class);
  }

  /**
   * Verifies the response carries exactly one valid header. Passes for {@code max-age=31536000}; fails for a
   * missing header, {@code max-age=1; max-age=2} (a repeated directive), or a header over plain HTTP.
   *
   * @return this assertion
   */
  public HstsAssert isPresent() {
    header();
    return this;
  }

  /**
   * Verifies max-age is at least the minimum. Passes for {@code max-age=63072000} against 365 days; fails for
   * {@code max-age=86400}.
   *
   * @param minimum the least acceptable max-age
   * @return this assertion
   */
  public HstsAssert hasMaxAgeAtLeast(Duration minimum) {
    HstsHeader header = header();
    if (header.maxAgeSeconds() < minimum.toSeconds()) {
      failWithMessage("%nExpecting %s to send HSTS max-age of at least %s seconds but it was:%n  %s seconds",
          actual.summary(), minimum.toSeconds(), header.maxAgeSeconds());
    }
    return this;
  }

  /**
   * Verifies the header has {@code includeSubDomains}. Passes for {@code max-age=1; includeSubDomains}; fails for
   * {@code max-age=1}.
   *
   * @return this assertion
   */
  public HstsAssert includesSubDomains() {
    if (!header().includeSubDomains()) {
      failWithMessage("%nExpecting %s to send HSTS with includeSubDomains but it sent:%n  %s",
          actual.summary(), actual.header(HstsPolicy.HEADER).orElse(""));
    }
    return this;
  }

  private HstsHeader header() {
    isNotNull();
    HstsParse parse = HstsPolicy.read(actual);
    if (!parse.isValid()) {
      failWithMessage("%nExpecting %s to send a valid %s header but:%n  %s%nFix: %s", actual.summary(),
          HstsPolicy.HEADER, parse.error().orElseThrow(), HstsPolicy.FIX);
    }
    return parse.header().orElseThrow();
  }
}
