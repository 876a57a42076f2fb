package dev.readiness.demo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One deliberate fault the demo stack can be started with. Each constant breaks exactly one catalogue check
 * and leaves every other check of a hardened stack passing, so a test can prove that the check notices it.
 * Faults combine: {@link DemoStack#start(java.util.Set)} takes any set of them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Misconfiguration {

  /**
   * Breaks {@code hsts.present}: HTTPS responses carry no {@code Strict-Transport-Security}, while the plain-HTTP
   * listener sends {@code Strict-Transport-Security: max-age=86400}, which browsers ignore over plain HTTP.
   * Takes precedence over {@link #HSTS_SHORT_MAX_AGE}.
   */
  HSTS_MISSING,

  /**
   * Breaks {@code hsts.max-age}: HTTPS responses carry a valid but short
   * {@code Strict-Transport-Security: max-age=86400}.
   */
  HSTS_SHORT_MAX_AGE,

  /**
   * Breaks {@code https.redirect}: the plain-HTTP listener serves the application with its normal statuses
   * instead of redirecting to HTTPS.
   */
  NO_HTTPS_REDIRECT,

  /** Breaks {@code headers.content-type-options}: no response carries {@code X-Content-Type-Options}. */
  NOSNIFF_MISSING,

  /**
   * Breaks {@code health.endpoint}: {@code /health} answers 503 with
   * {@code {"status":"down","db":"unreachable"}}.
   */
  HEALTH_FAILING,

  /**
   * Breaks {@code health.endpoint}: {@code /health} answers only after 1500 ms, beyond the check's one-second
   * bound. Combined with {@link #HEALTH_FAILING}, the 503 comes after the same delay.
   */
  HEALTH_SLOW,

  /** Breaks {@code jwt.lifetime}: access tokens expire 7 days after they are issued. */
  JWT_LONG_LIFETIME,

  /** Breaks {@code jwt.lifetime}: access tokens carry no {@code exp} claim and never expire. */
  JWT_NO_EXP,

  /**
   * Breaks {@code jwt.signature-enforced}: the protected endpoint only decodes the access token's claims and
   * never verifies its header or signature.
   */
  JWT_SIGNATURE_NOT_VERIFIED,

  /** Breaks {@code jwt.secret}: access tokens are signed with the HMAC secret {@code secret}. */
  JWT_WEAK_SECRET,

  /** Breaks {@code auth.refresh-rotation}: a refresh token stays valid after its first use. */
  REFRESH_REUSABLE,

  /** Breaks {@code auth.default-credentials}: {@code admin/admin} logs in as well as the demo account. */
  DEFAULT_CREDENTIALS,

  /** Breaks {@code auth.required}: the protected endpoint answers 200 without any token. */
  PROTECTED_ROUTE_OPEN
}
