package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.hsts.HstsMaxAgeCheck;
import dev.readiness.hsts.HstsPolicy;
import dev.readiness.hsts.HstsPresentCheck;
import dev.readiness.http.HttpExchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@code Strict-Transport-Security} header of an HTTPS response, parsed by RFC 6797, judged by
 * the rules of {@code hsts.present} and {@code hsts.max-age}. A failure reads as that check's kit failure does:
 * {@code hsts.max-age FAILED: GET https://... -> 200: max-age=86400 (1 day) is below ...} and a {@code Fix:} line.
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
   * Verifies the response carries exactly one valid header ({@code hsts.present}). Passes for
   * {@code max-age=31536000}; fails for a missing header, {@code max-age=1; max-age=2} (a repeated directive), or a
   * response over plain HTTP.
   *
   * @return this assertion
   */
  public HstsAssert isPresent() {
    isNotNull();
    failOnBlocking(HstsPresentCheck.ID, HstsPolicy.presence(actual, Optional.empty()));
    return this;
  }

  /**
   * Verifies max-age is at least the minimum ({@code hsts.max-age}). Passes for {@code max-age=63072000} against
   * 365 days; fails for {@code max-age=86400}, naming both durations and the fix.
   *
   * @param minimum the least acceptable max-age
   * @return this assertion
   */
  public HstsAssert hasMaxAgeAtLeast(Duration minimum) {
    isPresent();
    failOnBlocking(HstsMaxAgeCheck.ID, HstsPolicy.maxAge(actual, List.of(), minimum, false));
    return this;
  }

  /**
   * Verifies the header has {@code includeSubDomains} ({@code hsts.max-age} under the modern profile). Passes for
   * {@code max-age=1; includeSubDomains}; fails for {@code max-age=1}.
   *
   * @return this assertion
   */
  public HstsAssert includesSubDomains() {
    isPresent();
    failOnBlocking(HstsMaxAgeCheck.ID, HstsPolicy.maxAge(actual, List.of(), Duration.ZERO, true));
    return this;
  }

  private void failOnBlocking(String checkId, List<Finding> findings) {
    findings.stream().filter(Finding::isBlocking).findFirst()
        .ifPresent(finding -> throwAssertionError(ShouldPassCheck.failed(checkId, finding)));
  }
}
