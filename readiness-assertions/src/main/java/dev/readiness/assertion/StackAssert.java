package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.headers.ContentTypeOptionsCheck;
import dev.readiness.health.HealthEndpointCheck;
import dev.readiness.hsts.HstsPresentCheck;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeLimits;
import dev.readiness.https.HttpsRedirectCheck;
import dev.readiness.profile.StackProfile;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a running stack, described by its {@link StackProfile}. Each assertion probes the stack when it is
 * called, within the check's request budget and deadline.
 *
 * <pre>{@code
 * Readiness.assertThat(target).passes("hsts.present", "https.redirect");
 * Readiness.assertThat(target).hsts().hasMaxAgeAtLeast(Duration.ofDays(365));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class StackAssert extends AbstractAssert<StackAssert, StackProfile> {

  /** @param actual the stack under test */
  public StackAssert(StackProfile actual) {
    super(actual, StackAssert.class);
  }

  /**
   * Runs catalogue checks and verifies each one passes. A FAIL, an ERROR or a SKIPPED all fail this assertion, and
   * the message lists every check that did not pass with its message and fix.
   *
   * @param checkIds catalogue ids such as {@code hsts.present}
   * @return this assertion
   * @throws IllegalArgumentException naming an id the catalogue does not have
   */
  public StackAssert passes(String... checkIds) {
    isNotNull();
    List<CheckResult> notPassing = new ArrayList<>();
    try (TargetSession session = TargetSession.open(actual)) {
      for (String id : checkIds) {
        CheckResult result = CheckRunner.run(CheckCatalog.require(id), session);
        if (result.status() != Status.PASS) {
          notPassing.add(result);
        }
      }
    }
    if (!notPassing.isEmpty()) {
      throwAssertionError(new ShouldPassChecks(actual.target().url().toString(), notPassing));
    }
    return this;
  }

  /**
   * Fetches the home page over HTTPS for assertions on its HSTS header. A stack that gives no answer fails here in
   * one line, as a kit's ERROR does: {@code hsts.present could not decide (ERROR): GET https://... failed: ...},
   * for a private CA naming the trust anchor to pass.
   *
   * @return assertions on the HSTS header of the home page over HTTPS
   */
  public HstsAssert hsts() {
    isNotNull();
    try (TargetSession session = TargetSession.open(actual)) {
      HttpExchange home = session.http().probe(ProbeLimits.DEFAULT, session.redactor()).get(actual.paths().home());
      return new HstsAssert(home);
    } catch (ProbeException e) {
      throwAssertionError(ShouldPassCheck.couldNotDecide(HstsPresentCheck.ID, e.getMessage()));
      throw new IllegalStateException("unreachable", e);
    }
  }

  /** @return this assertion, after verifying {@code https.redirect} passes */
  public StackAssert redirectsHttpToHttps() {
    return passes(HttpsRedirectCheck.ID);
  }

  /** @return this assertion, after verifying {@code hsts.present} passes */
  public StackAssert hasHsts() {
    return passes(HstsPresentCheck.ID);
  }

  /** @return this assertion, after verifying {@code headers.content-type-options} passes */
  public StackAssert sendsNosniff() {
    return passes(ContentTypeOptionsCheck.ID);
  }

  /** @return this assertion, after verifying {@code health.endpoint} passes */
  public StackAssert hasHealthyEndpoint() {
    return passes(HealthEndpointCheck.ID);
  }

  /** @return assertions on the upload endpoint of the profile's {@code upload} section */
  public UploadAssert uploads() {
    isNotNull();
    return new UploadAssert(actual);
  }

  /**
   * Runs the load of the profile's {@code load} section (see {@code load.latency}) and returns assertions on what it
   * measured; the control request to {@code load.path} must succeed alone first.
   *
   * @return assertions on the finished run
   */
  public LoadAssert load() {
    isNotNull();
    dev.readiness.profile.Load load = actual.load().orElseThrow(() -> new IllegalArgumentException(
        "load is not configured in the stack profile of " + actual.target().url()));
    dev.readiness.load.ProfileLoad.outOfBounds(load).ifPresent(reason -> failWithMessage("%n%s", reason));
    try (TargetSession session = TargetSession.open(actual)) {
      dev.readiness.http.HttpProbe probe = session.http().probe(dev.readiness.load.ProfileLoad.LIMITS,
          session.redactor());
      dev.readiness.load.LoadLatencyPolicy.controlError(dev.readiness.load.ProfileLoad.control(probe, load))
          .ifPresent(reason -> failWithMessage("%nExpecting a load path that answers alone but:%n  %s", reason));
      return new LoadAssert(dev.readiness.load.ProfileLoad.run(probe, load));
    }
  }
}
