package dev.readiness.stacks;

import java.util.List;

/**
 * The check ids a seeded variant runs: the family of the check its fault must fail, so CI does not pay the full kit
 * for each variant. The full standard kit runs on every hardened stack.
 */
enum CheckFamily {
  /** {@code https.redirect}, {@code hsts.*}. */
  TRANSPORT(List.of("https.redirect", "hsts.present", "hsts.max-age")),
  /** The CORS checks, which share one probe run. */
  CORS(List.of("cors.allowed", "cors.wildcard", "cors.reflection", "cors.null-origin", "cors.bypass",
      "cors.credentials")),
  /** The token checks that read the shared login. */
  TOKENS(List.of("auth.required", "jwt.lifetime", "jwt.algorithm", "jwt.signature-enforced", "jwt.secret",
      "auth.refresh-rotation")),
  /** Version banners and stack traces. */
  LEAKS(List.of("leak.banner", "leak.stack-trace")),
  /** The login's defaults. */
  DEFAULT_CREDENTIALS(List.of("auth.default-credentials")),
  /** The login limiter. */
  LOGIN_LIMIT(List.of("ratelimit.login"));

  private final List<String> ids;

  CheckFamily(List<String> ids) {
    this.ids = ids;
  }

  /** @return the family's check ids */
  List<String> ids() {
    return ids;
  }

  /** @return the family that holds the check {@code fault} must fail */
  static CheckFamily of(Fault fault) {
    for (CheckFamily family : values()) {
      if (family.ids.containsAll(fault.failingChecks())) {
        return family;
      }
    }
    throw new IllegalArgumentException("no check family holds " + fault.failingChecks());
  }
}
