package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** Security headers and cookies: the {@code headers.*} and {@code cookies.*} checks. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface HeadersKit extends ReadinessKit {

  /** {@code headers.content-type-options}: {@code X-Content-Type-Options: nosniff}. */
  @ReadinessCheck("headers.content-type-options")
  default void contentTypeOptions(CheckRun run) {
    run.verify();
  }

  /** {@code headers.frame-options}: framing restricted by X-Frame-Options or CSP frame-ancestors. */
  @ReadinessCheck("headers.frame-options")
  default void frameOptions(CheckRun run) {
    run.verify();
  }

  /** {@code headers.csp}: a Content-Security-Policy that restricts scripts. */
  @ReadinessCheck("headers.csp")
  default void contentSecurityPolicy(CheckRun run) {
    run.verify();
  }

  /** {@code headers.referrer-policy}: a Referrer-Policy that does not send full URLs to other origins. */
  @ReadinessCheck("headers.referrer-policy")
  default void referrerPolicy(CheckRun run) {
    run.verify();
  }

  /** {@code cookies.flags}: every cookie, the login's included, is Secure, HttpOnly where it matters and SameSite. */
  @ReadinessCheck("cookies.flags")
  default void cookieFlags(CheckRun run) {
    run.verify();
  }
}
