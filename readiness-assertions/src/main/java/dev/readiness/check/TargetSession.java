package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.Redactor;
import dev.readiness.http.RequestGovernor;
import dev.readiness.http.Traffic;
import dev.readiness.http.TargetHttpClient;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Everything the checks of one run share against one stack: the profile, the HTTP client with the target's
 * trust, the redactor that knows the profile's secrets, the {@link RequestGovernor} every request of the run goes
 * through (the login path is a limiter scope of its own), and shared state such as a login. Close it when the
 * run ends; it closes the client.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TargetSession implements AutoCloseable {

  private final StackProfile profile;
  private final SharedResources shared;
  private final Redactor redactor;
  private final TargetHttpClient http;
  private final InMemorySharedResources ownShared;

  private TargetSession(StackProfile profile, SharedResources shared, InMemorySharedResources ownShared) {
    this.profile = profile;
    this.shared = shared;
    this.ownShared = ownShared;
    this.redactor = Redactor.create();
    profile.auth().flatMap(a -> a.login()).flatMap(login -> login.resolvedPassword()).ifPresent(redactor::register);
    redactor.registerAll(profile.jwt().secretCandidates());
    RequestGovernor governor = RequestGovernor.of(profile.target(), scanTimeout(profile));
    profile.auth().flatMap(a -> a.login()).ifPresent(login -> governor.separateScope(login.path()));
    this.http = TargetHttpClient.open(profile.target(), governor);
  }

  /**
   * @param profile the stack profile
   * @return {@code target.scanTimeout} when configured; otherwise the governor's default plus the declared load
   *     window
   */
  static Duration scanTimeout(StackProfile profile) {
    if (profile.target().scanTimeout().isPresent()) {
      return profile.target().scanTimeout().get();
    }
    return RequestGovernor.scanTimeout(profile.target())
        .plus(profile.load().map(load -> load.duration()).orElse(Duration.ZERO));
  }

  /** @return what the scan sent to the target and how long it waited for rate limiters, so far */
  public Traffic traffic() {
    return http.governor().traffic();
  }

  /** @return a session with its own in-memory shared state */
  public static TargetSession open(StackProfile profile) {
    InMemorySharedResources own = new InMemorySharedResources();
    return new TargetSession(profile, own, own);
  }

  /** @return a session whose shared state lives in the caller's store (for example JUnit's) */
  public static TargetSession open(StackProfile profile, SharedResources shared) {
    return new TargetSession(profile, shared, null);
  }

  /** @return a session for a bare target with a default profile */
  public static TargetSession open(Target target) {
    return open(StackProfile.forTarget(target));
  }

  /** @return the stack profile */
  public StackProfile profile() {
    return profile;
  }

  /** @return the target */
  public Target target() {
    return profile.target();
  }

  /** @return the state shared by the checks of this run */
  public SharedResources shared() {
    return shared;
  }

  /** @return the redactor, which knows the profile's secrets */
  public Redactor redactor() {
    return redactor;
  }

  /** @return the HTTP client for the target */
  public TargetHttpClient http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
    if (ownShared != null) {
      ownShared.close();
    }
  }
}
