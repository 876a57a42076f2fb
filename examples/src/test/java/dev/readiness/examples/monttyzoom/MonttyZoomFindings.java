package dev.readiness.examples.monttyzoom;

import static dev.readiness.check.Status.FAIL;
import static dev.readiness.check.Status.PASS;
import static dev.readiness.check.Status.SKIPPED;
import static dev.readiness.examples.FindingRow.verified;

import dev.readiness.demo.Misconfiguration;
import dev.readiness.examples.FindingRow;
import dev.readiness.examples.ReportFinding;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The montty-zoom report ({@code shared/seeds/000_cb421a6b6718a12e.txt}) as one table: each finding a client or the
 * repository can observe, the demo faults that reproduce it, and the checks that verify it with their as-found
 * status. Findings only the team can answer (database persistence, test coverage, TURN servers, console logging,
 * CI/CD, bundle size, the mobile app) are not testable from outside and are not rows here.
 */
enum MonttyZoomFindings implements ReportFinding {

  /** The repository fixture reads 18 variables in server, client and app code and has no {@code .env.example}. */
  NO_ENV_EXAMPLE(verified("No `.env.example` file for reference", Set.of(),
      Map.of("config.env-example", FAIL))),

  /**
   * The demo always listens on HTTPS (that cannot be switched off), so the as-found mode reproduces what a browser
   * sees of a stack without an HTTPS setup: plain HTTP serves the app instead of redirecting, and no HSTS pins HTTPS
   * (so its max-age cannot be judged either).
   */
  NO_HTTPS_SERVER(verified("No HTTPS server setup",
      EnumSet.of(Misconfiguration.NO_HTTPS_REDIRECT, Misconfiguration.HSTS_MISSING),
      Map.of("https.redirect", FAIL, "hsts.present", FAIL, "hsts.max-age", FAIL))),

  /** The plain-HTTP listener upgrades Socket.io handshakes, so signalling runs over {@code ws://}. */
  NO_WSS(verified("No WSS (WebSocket Secure) configuration", EnumSet.of(Misconfiguration.WEBSOCKET_PLAINTEXT),
      Map.of("websocket.tls", FAIL))),

  /**
   * Nothing to judge as found, and the checks say so when they skip (with no .env, example env file or compose file,
   * config.secrets has nothing that could hold a secret either); the hardened fixture adds Dockerfiles, a compose
   * file and a .env.example, which pass.
   */
  NO_DOCKER(verified("No Dockerfile; No docker-compose.yml", Set.of(),
      Map.of("docker.user", SKIPPED, "docker.pinned", SKIPPED, "docker.healthcheck", SKIPPED,
          "compose.resources", SKIPPED, "compose.ports", SKIPPED, "config.secrets", SKIPPED))),

  /** A strength of the report: the allowed origins come from {@code ALLOWED_ORIGINS}, and the checks agree. */
  CORS_CONFIGURED(verified("CORS properly configured with environment variables", Set.of(),
      Map.of("cors.allowed", PASS, "cors.wildcard", PASS, "cors.reflection", PASS, "cors.null-origin", PASS,
          "cors.bypass", PASS, "cors.credentials", PASS))),

  /** A strength of the report: the rooms API is limited and says so with 429. */
  RATE_LIMITING(verified("Rate limiting implemented", Set.of(),
      Map.of("ratelimit.api", PASS, "ratelimit.signal", PASS))),

  /** {@code ratelimit.login}: the checklist asks for limits on logins too; the demo's login throttle is on. */
  LOGIN_RATE_LIMITING(verified("Enable rate limiting with appropriate limits", Set.of(),
      Map.of("ratelimit.login", PASS))),

  /** {@code load.latency}: 20 users for 5 s on the home page, p95 at most 1 s (raise to 1000 users on staging). */
  LOAD_TESTING(verified("Load testing", Set.of(), Map.of("load.latency", PASS)));

  private final FindingRow row;

  MonttyZoomFindings(FindingRow row) {
    this.row = row;
  }

  @Override
  public FindingRow row() {
    return row;
  }
}
