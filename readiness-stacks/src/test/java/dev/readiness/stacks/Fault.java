package dev.readiness.stacks;

import java.util.Set;

/**
 * One seeded fault of a stack variant, and the check that must fail for it. The application stacks read the
 * {@link #key} in {@code STACK_FAULTS}; the nginx stack applies {@link #HSTS_MISSING}, {@link #HSTS_SHORT} and
 * {@link #SERVER_TOKENS_ON}
 * to its own configuration.
 */
enum Fault {
  /**
   * No {@code Strict-Transport-Security} header: {@code hsts.present} fails, and so does {@code hsts.max-age}, which
   * docs/checks.md says fails when there is "no valid header to read".
   */
  HSTS_MISSING("hsts-missing", "hsts.present", "hsts.max-age"),
  /** {@code Strict-Transport-Security: max-age=86400}: one day instead of a year. */
  HSTS_SHORT("hsts-short", "hsts.max-age"),
  /**
   * CORS echoes any {@code Origin} with credentials (Express {@code origin: true}, Starlette {@code .*}, Spring
   * {@code setAllowedOriginPatterns("*")}). One setting, four faults that docs/checks.md gives four owners: a foreign
   * origin echoed ({@code cors.reflection}), {@code null} echoed ({@code cors.null-origin}), every look-alike echoed
   * ({@code cors.bypass}, whose "every look-alike was refused" would be false) and credentials granted to origins
   * that are not configured ({@code cors.credentials}).
   */
  CORS_REFLECT("cors-reflect", "cors.reflection", "cors.null-origin", "cors.bypass", "cors.credentials"),
  /** Access tokens live 7 days. */
  JWT_LONG_LIFETIME("jwt-long-lifetime", "jwt.lifetime"),
  /** The login has no limiter. */
  LOGIN_UNLIMITED("login-unlimited", "ratelimit.login"),
  /** An account {@code admin/admin} exists. */
  DEFAULT_CREDENTIALS("default-credentials", "auth.default-credentials"),
  /** Errors answer with the stack trace (Express {@code err.stack}, FastAPI {@code traceback}). */
  DEBUG_TRACES("debug-traces", "leak.stack-trace"),
  /** nginx {@code server_tokens on}: {@code Server: nginx/1.22.1}. */
  SERVER_TOKENS_ON("server-tokens-on", "leak.banner");

  private final String key;
  private final Set<String> failingChecks;

  Fault(String key, String... failingChecks) {
    this.key = key;
    this.failingChecks = Set.of(failingChecks);
  }

  /** @return the name the stacks read in {@code STACK_FAULTS} */
  String key() {
    return key;
  }

  /** @return the ids of the checks this fault must fail; every other check of a scan must PASS or be SKIPPED */
  Set<String> failingChecks() {
    return failingChecks;
  }
}
