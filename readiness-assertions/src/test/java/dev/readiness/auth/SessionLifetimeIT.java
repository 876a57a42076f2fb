package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.testing.RuntimeRun;
import dev.readiness.testing.RuntimeStack;
import org.junit.jupiter.api.Test;

/**
 * auth.session-lifetime against the runtime application (.ci/docker-images.sh): a 7-day refresh JWT and cookie pass
 * the 30-day default and fail a 1-day session.maxLifetime; a refresh JWT without exp and a cookie without Max-Age
 * fail; an opaque refresh token is refused after a short session.idleTimeout, or fails when it still works.
 * Skipped, with the reason, without Docker or the images.
 */
class SessionLifetimeIT {

  @Test
  void passesABoundedRefreshTokenAndCookie() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_TTL=604800")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH), new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("the refresh token (a JWT) lives 7 days (exp - iat), cookie 'refresh' "
          + "lives 7 days (Max-Age=604800), within the 30 days session.maxLifetime");
    }
  }

  @Test
  void failsARefreshTokenWithoutExp() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_TTL=0")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH), new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).isEqualTo("the refresh token (a JWT) issued at login never expires (it has no exp "
          + "claim), so a stolen one works forever; the bound is 30 days (session.maxLifetime)");
      assertThat(result.fix()).isEqualTo(SessionLifetimePolicy.FIX);
    }
  }

  @Test
  void failsALifetimeLongerThanTheConfiguredBound() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_TTL=604800")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH + "session:\n  maxLifetime: 1d\n"),
          new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).isEqualTo("the refresh token (a JWT) issued at login lives 7 days (exp - iat), "
          + "longer than the 1 day session.maxLifetime allows (and 1 more)");
    }
  }

  @Test
  void passesAnOpaqueRefreshTokenRefusedAfterTheIdleTimeout() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_FORMAT=opaque", "REFRESH_IDLE=2")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH + "session:\n  idleTimeout: 3s\n"),
          new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("200 on the first refresh, 401 after 4 s unused: the refresh token "
          + "expires when idle");
    }
  }

  @Test
  void failsAnOpaqueRefreshTokenThatStillWorksAfterTheIdleTimeout() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_FORMAT=opaque", "REFRESH_IDLE=0")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH + "session:\n  idleTimeout: 3s\n"),
          new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).matches("POST http://127\\.0\\.0\\.1:\\d+/refresh -> 200 .*on a refresh token left "
          + "unused for 4 s, past the 3 s session.idleTimeout: expected 401, so an abandoned session never ends");
    }
  }

  @Test
  void isSkippedForAnOpaqueTokenWithoutAnIdleTimeout() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("REFRESH_FORMAT=opaque")) {
      CheckResult result = RuntimeRun.run(stack.profile(RuntimeRun.AUTH), new SessionLifetimeCheck()).get(0);

      assertThat(result.status()).isEqualTo(Status.SKIPPED);
      assertThat(result.message()).startsWith("the login issued no JWT refresh token and no cookie with Max-Age or "
          + "Expires, so the session's lifetime cannot be read: set session.idleTimeout");
    }
  }
}
