package dev.readiness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.assertion.CheckResultAssert;
import dev.readiness.assertion.StackAssert;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import org.apiguardian.api.API;

/**
 * The entry point: fluent assertions on a stack and one-call check runs, usable from any test framework.
 *
 * <pre>{@code
 * Target target = Target.of("https://localhost:8443");
 * Readiness.assertThat(target).hsts().hasMaxAgeAtLeast(Duration.ofDays(365));
 * Readiness.assertThat(target).passes("https.redirect", "headers.content-type-options");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Readiness {

  private Readiness() {}

  /** @return assertions on a stack known only by its target */
  public static StackAssert assertThat(Target target) {
    return new StackAssert(StackProfile.forTarget(target));
  }

  /** @return assertions on a stack described by a profile */
  public static StackAssert assertThat(StackProfile profile) {
    return new StackAssert(profile);
  }

  /** @return assertions on a check result */
  public static CheckResultAssert assertThat(CheckResult result) {
    return new CheckResultAssert(result);
  }

  /**
   * Runs one catalogue check.
   *
   * @param checkId a catalogue id such as {@code health.endpoint}
   * @param profile the stack
   * @return the result; never throws for a failing or unreachable stack
   * @throws IllegalArgumentException naming an unknown id
   */
  public static CheckResult check(String checkId, StackProfile profile) {
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.run(CheckCatalog.require(checkId), session);
    }
  }

  /** @return the result of one catalogue check against a bare target, see {@link #check(String, StackProfile)} */
  public static CheckResult check(String checkId, Target target) {
    return check(checkId, StackProfile.forTarget(target));
  }
}
