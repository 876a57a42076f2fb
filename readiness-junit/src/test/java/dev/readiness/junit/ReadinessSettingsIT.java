package dev.readiness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.readiness.auth.AuthenticatedProbe;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.junit.kit.OperationsKit;
import dev.readiness.junit.kit.TransportKit;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/** Overrides, waivers, injected parameters and parallel runs, through the real Jupiter engine. */
class ReadinessSettingsIT {

  private static final String MAX_AGE = "hsts.max-age: HSTS max-age long enough";

  @ReadinessTest
  @ReadinessSetting(key = "hsts.minMaxAge", value = "1d")
  static class LenientHsts implements TransportKit {}

  @ReadinessTest
  @ReadinessSetting(key = "hsts.minMaxAge", value = "a year")
  static class InvalidSetting implements TransportKit {}

  @ReadinessTest
  @JwtPolicy(maxLifetime = "PT10M")
  static class ShortTokens {
    @Test
    void profileCarriesTheAnnotatedLifetime(StackProfile profile) {
      assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(10));
    }
  }

  @ReadinessTest
  @Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2999-12-31")
  static class ActiveWaiver implements TransportKit {}

  @ReadinessTest
  @Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2020-01-01")
  static class ExpiredWaiver implements TransportKit {}

  @ReadinessTest(url = "https://127.0.0.1:1/")
  @Waiver(check = "hsts.present", reason = "never hides an error", until = "2999-12-31")
  static class WaivedButDown implements TransportKit {}

  @ReadinessTest
  @Waiver(check = "hsts.maxage", reason = "typo", until = "2999-12-31")
  static class UnknownWaiver implements TransportKit {}

  @ReadinessTest
  @Waiver(check = "hsts.max-age", reason = "bad date", until = "next spring")
  static class UndatedWaiver implements TransportKit {}

  @ReadinessTest
  static class Parameters {
    @Test
    void probeIsBoundToTheTarget(HttpProbe http, Target target) {
      HttpExchange home = http.get("/");

      assertThat(home.status()).isEqualTo(200);
      assertThat(http.target()).isEqualTo(target);
      assertThatThrownBy(() -> http.get("https://example.com/")).isInstanceOf(ProbeException.class);
    }
  }

  @ReadinessTest
  static class LoggedIn {
    @Test
    void presentsTheSharedLogin(AuthenticatedProbe api, HttpProbe anonymous, TargetSession session) {
      assertThat(api.get("/api/rooms").status()).isEqualTo(200);
      assertThat(anonymous.get("/api/rooms").status()).isEqualTo(401);
      assertThat(api.toString()).doesNotContain(api.tokens().accessToken()).contains("<redacted>");
      assertThat(session.redactor().text("token " + api.tokens().accessToken()))
          .doesNotContain(api.tokens().accessToken());
    }
  }

  @ReadinessTest
  static class TwoLoggedInParameters {
    @Test
    void logsInOncePerClass(AuthenticatedProbe first, AuthenticatedProbe second) {
      assertThat(first.tokens().accessToken()).isEqualTo(second.tokens().accessToken());
      assertThat(first.probe().requestsSent() + second.probe().requestsSent()).isEqualTo(1);
    }
  }

  @ReadinessTest
  @ReadinessSetting(key = "auth.login.password", value = "not-the-password")
  static class WrongPassword {
    @Test
    void neverRuns(AuthenticatedProbe api) {
      assertThat(api).isNull();
    }
  }

  static final Map<Class<?>, Set<TargetSession>> SESSIONS = new ConcurrentHashMap<>();
  static final Set<SharedScan> SCANS = ConcurrentHashMap.newKeySet();

  /** Stands for shared state such as a TLS scan: computed once per class, closed when the class ends. */
  static final class SharedScan implements AutoCloseable {
    final java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  static void useSession(Class<?> fixture, TargetSession session) {
    SESSIONS.computeIfAbsent(fixture, k -> ConcurrentHashMap.newKeySet()).add(session);
    SharedScan scan = session.shared().computeIfAbsent("scan", SharedScan.class, SharedScan::new);
    assertThat(scan.closed).hasValue(0);
    SCANS.add(scan);
  }

  @ReadinessTest
  static class ParallelA implements TransportKit, ContentTypeOptionsOnly, OperationsKit {
    @Test
    void first(TargetSession session) {
      useSession(ParallelA.class, session);
    }

    @Test
    void second(TargetSession session) {
      useSession(ParallelA.class, session);
    }
  }

  @ReadinessTest
  static class ParallelB implements TransportKit, ContentTypeOptionsOnly, OperationsKit {
    @Test
    void first(TargetSession session) {
      useSession(ParallelB.class, session);
    }
  }

  private static EngineExecutionResults run(Class<?> fixture, DemoStack stack) throws IOException {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME,
            stack.writeProfile(Files.createTempDirectory("readiness-settings")).toString())
        .execute();
  }

  private static DemoStack shortHsts() {
    return DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE));
  }

  @Test
  void settingLowersTheThresholdOfTheProfile() throws IOException {
    try (DemoStack stack = shortHsts()) {
      run(LenientHsts.class, stack).testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
    }
  }

  @Test
  void invalidSettingFailsEveryCheckNamingTheAnnotation() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run(InvalidSetting.class, stack);

      results.testEvents().failed().assertThatEvents().hasSize(3).allMatch(e -> failure(e.getPayload(
          TestExecutionResult.class).orElseThrow()).equals("invalid stack profile: @ReadinessSetting(key = "
          + "\"hsts.minMaxAge\", value = \"a year\") on " + InvalidSetting.class.getName() + ": hsts.minMaxAge: "
          + "'a year' is not a duration; use 300ms, 5s, 15m, 2h, 365d or ISO-8601 such as PT10M"));
    }
  }

  @Test
  void typedPolicyAnnotationSetsTheProfile() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      run(ShortTokens.class, stack).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }
  }

  @Test
  void activeWaiverAbortsTheFailureAsWaived() throws IOException {
    try (DemoStack stack = shortHsts()) {
      EngineExecutionResults results = run(ActiveWaiver.class, stack);

      results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(0).aborted(1));
      results.testEvents().aborted().assertThatEvents().haveExactly(1, event(test(), displayName(MAX_AGE),
          abortedWithReason(message("hsts.max-age WAIVED until 2999-12-31 (CDN migration, OPS-123): GET "
              + stack.httpsUrl() + " -> 200: max-age=86400 (1 day) is below the required 31536000 (365 days)"))));
    }
  }

  @Test
  void expiredWaiverFailsLoudly() throws IOException {
    try (DemoStack stack = shortHsts()) {
      EngineExecutionResults results = run(ExpiredWaiver.class, stack);

      results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
      results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(), displayName(MAX_AGE),
          finishedWithFailure(instanceOf(AssertionFailedError.class), message("hsts.max-age FAILED: the waiver "
              + "expired on 2020-01-01 (CDN migration, OPS-123); GET " + stack.httpsUrl() + " -> 200: max-age=86400 "
              + "(1 day) is below the required 31536000 (365 days)\nFix: Set max-age=31536000 or more in "
              + "Strict-Transport-Security"))));
    }
  }

  @Test
  void waiverNeverHidesAnError() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(WaivedButDown.class))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none").execute();

    results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(),
        displayName("hsts.present: HSTS header present"), finishedWithFailure(instanceOf(CheckErrorException.class))));
  }

  @Test
  void invalidWaiversNameTheAnnotation() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      assertThat(failure(run(UnknownWaiver.class, stack))).startsWith("@Waiver(check = \"hsts.maxage\", until = "
          + "\"2999-12-31\") on " + UnknownWaiver.class.getName() + ": unknown check id 'hsts.maxage'; did you mean hsts.max-age, hsts.present? ");
      assertThat(failure(run(UndatedWaiver.class, stack))).isEqualTo("@Waiver(check = \"hsts.max-age\", until = "
          + "\"next spring\") on " + UndatedWaiver.class.getName() + ": 'next spring' is not a date; use ISO-8601 "
          + "such as 2027-03-01");
    }
  }

  @Test
  void injectsAProbeBoundToTheTarget() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      run(Parameters.class, stack).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }
  }

  @Test
  void injectsAProbeLoggedInWithTheClassSharedLogin() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      run(LoggedIn.class, stack).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      run(TwoLoggedInParameters.class, stack).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }
  }

  @Test
  void failedLoginFailsTheTestNamingTheLoginExchange() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run(WrongPassword.class, stack);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failure(results)).startsWith("cannot log in for the AuthenticatedProbe parameter of neverRuns: the "
          + "login with the profile's credentials failed (POST " + stack.httpsUrl() + "api/auth/login -> 401")
          .endsWith("expected 2xx with an access token; check auth.login in the profile")
          .doesNotContain("not-the-password");
    }
  }

  @Test
  void withoutALoginTheParameterNamesWhatIsMissing() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LoggedIn.class))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .configurationParameter(ReadinessExtension.URL_PROPERTY_NAME, "https://127.0.0.1:1/").execute();

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failure(results)).isEqualTo("cannot log in for the AuthenticatedProbe parameter of "
        + "presentsTheSharedLogin: no login to use: the profile has no auth.login and the test put no TokenSource in "
        + "the session's shared resources");
  }

  @Test
  void parallelClassesAndMethodsShareOneSessionPerClassClosedWithIt() throws IOException {
    SESSIONS.clear();
    SCANS.clear();
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(ParallelA.class), selectClass(ParallelB.class))
          .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME,
              stack.writeProfile(Files.createTempDirectory("readiness-parallel")).toString())
          .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
          .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
          .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
          .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
          .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
          .execute();

      results.testEvents().assertStatistics(s -> s.started(13).succeeded(13).failed(0));
      assertThat(SESSIONS.get(ParallelA.class)).hasSize(1);
      assertThat(SESSIONS.get(ParallelB.class)).hasSize(1);
      assertThat(SESSIONS.get(ParallelA.class)).doesNotContainAnyElementsOf(SESSIONS.get(ParallelB.class));
      assertThat(SCANS).hasSize(2).allSatisfy(scan -> assertThat(scan.closed).hasValue(1));
    }
  }

  private static String failure(EngineExecutionResults results) {
    return results.testEvents().failed().stream().findFirst()
        .map(e -> failure(e.getPayload(TestExecutionResult.class).orElseThrow())).orElse("(no failure)");
  }

  private static String failure(TestExecutionResult result) {
    return result.getThrowable().map(Throwable::getMessage).orElse("");
  }
}
