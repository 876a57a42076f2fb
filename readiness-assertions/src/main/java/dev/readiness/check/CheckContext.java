package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpProbe;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import org.apiguardian.api.API;

/**
 * What one run of one check sees: the session's target, profile and shared state, and an {@link HttpProbe} whose
 * budget and deadline are the check's own and started when the run began, and which treats a rate limiter's refusal
 * as the check's {@link Check#limitedResponses()} says.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckContext {

  private final TargetSession session;
  private final HttpProbe http;

  CheckContext(TargetSession session, Check check) {
    this.session = session;
    this.http = session.http().probe(check.limits(), session.redactor(), check.limitedResponses());
  }

  /** @return the target */
  public Target target() {
    return session.target();
  }

  /** @return the stack profile */
  public StackProfile profile() {
    return session.profile();
  }

  /** @return the probe bounded by this check's limits */
  public HttpProbe http() {
    return http;
  }

  /** @return state shared with the other checks of the run */
  public SharedResources shared() {
    return session.shared();
  }

  /** @return the session this run belongs to */
  public TargetSession session() {
    return session;
  }
}
