package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Order;

/**
 * Authentication and tokens: {@code auth.required}, {@code jwt.lifetime}, {@code jwt.algorithm},
 * {@code jwt.signature-enforced}, {@code jwt.secret}, {@code auth.refresh-rotation} and
 * {@code auth.default-credentials}. The checks share one login per run. {@code auth.default-credentials} spends
 * login attempts, so it carries {@link #LOGIN_ATTEMPTS}: after every check that does not touch the login, right
 * before {@code ratelimit.login}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface AuthKit extends ReadinessKit {

  /** The order of {@code auth.default-credentials}: {@link RateLimitKit#LAST}, the first check that spends logins. */
  int LOGIN_ATTEMPTS = RateLimitKit.LAST;

  /** {@code auth.required}: the protected endpoint answers 401/403 without credentials. */
  @ReadinessCheck("auth.required")
  default void authRequired(CheckRun run) {
    run.verify();
  }

  /** {@code jwt.lifetime}: the access token expires within {@code jwt.maxLifetime}. */
  @ReadinessCheck("jwt.lifetime")
  default void jwtLifetime(CheckRun run) {
    run.verify();
  }

  /** {@code jwt.algorithm}: the access token is signed with an allow-listed algorithm, never none. */
  @ReadinessCheck("jwt.algorithm")
  default void jwtAlgorithm(CheckRun run) {
    run.verify();
  }

  /** {@code jwt.signature-enforced}: forged variants of the real token are rejected. */
  @ReadinessCheck("jwt.signature-enforced")
  default void jwtSignatureEnforced(CheckRun run) {
    run.verify();
  }

  /** {@code jwt.secret}: an HMAC-signed token does not verify with a common or default secret. */
  @ReadinessCheck("jwt.secret")
  default void jwtSecret(CheckRun run) {
    run.verify();
  }

  /** {@code auth.refresh-rotation}: a refresh token works once only. */
  @ReadinessCheck("auth.refresh-rotation")
  default void refreshRotation(CheckRun run) {
    run.verify();
  }

  /** {@code auth.default-credentials}: no default user/password pair logs in. */
  @Order(LOGIN_ATTEMPTS)
  @ReadinessCheck("auth.default-credentials")
  default void defaultCredentials(CheckRun run) {
    run.verify();
  }
}
