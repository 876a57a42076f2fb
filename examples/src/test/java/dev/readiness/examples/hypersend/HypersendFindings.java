package dev.readiness.examples.hypersend;

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
 * The hypersend report ({@code shared/seeds/001_a1504b16d9e22f49.txt}) as one table: each finding a client or the
 * repository can observe, the demo faults that reproduce it, and the checks that verify it with their as-found
 * status. Findings only the team can answer (backups, replication, indexes, monitoring, 2FA, e-mail, test coverage,
 * analytics, the Flutter UI) are not testable from outside and are not rows here.
 */
enum HypersendFindings implements ReportFinding {

  /** The compose files set {@code MONGO_INITDB_ROOT_PASSWORD} and {@code MONGO_PASSWORD} to literals. */
  DATABASE_CREDENTIALS(verified("Database credentials exposed in docker-compose.yml", Set.of(),
      Map.of("config.secrets", FAIL))),

  /** Tokens are signed with {@code secret}, the fallback a missing {@code SECRET_KEY} leaves in the code. */
  SECRET_KEY(verified("SECRET_KEY not configured for JWT tokens", EnumSet.of(Misconfiguration.JWT_WEAK_SECRET),
      Map.of("jwt.secret", FAIL))),

  /**
   * FastAPI with {@code debug=True}: tracebacks in error responses and interactive API docs open to anyone. The
   * demo's error page shows a Node.js trace; {@code leak.stack-trace} knows Python's as well.
   */
  DEBUG_MODE(verified("DEBUG mode may be enabled in production",
      EnumSet.of(Misconfiguration.STACK_TRACES, Misconfiguration.DEBUG_ENDPOINTS),
      Map.of("leak.stack-trace", FAIL, "exposure.debug-endpoints", FAIL))),

  /** {@code allow_origins=["*"]}: every origin may read the API. */
  CORS_NOT_CONFIGURED(verified("CORS settings not configured for production domain",
      EnumSet.of(Misconfiguration.CORS_WILDCARD), Map.of("cors.wildcard", FAIL))),

  /** nginx sends no {@code Strict-Transport-Security} on HTTPS, so its max-age cannot be judged either. */
  NO_HSTS(verified("No HSTS headers configured", EnumSet.of(Misconfiguration.HSTS_MISSING),
      Map.of("hsts.present", FAIL, "hsts.max-age", FAIL))),

  /** nginx's plain-HTTP server serves the app instead of redirecting. */
  MIXED_HTTP_HTTPS(verified("Mixed HTTP/HTTPS possible", EnumSet.of(Misconfiguration.NO_HTTPS_REDIRECT),
      Map.of("https.redirect", FAIL))),

  /** No limit on the API, so a burst is never limited and there is no limited response to judge. */
  NO_GLOBAL_RATE_LIMIT(verified("Rate limiter exists but not configured globally",
      EnumSet.of(Misconfiguration.RATE_LIMIT_MISSING), Map.of("ratelimit.api", FAIL, "ratelimit.signal", SKIPPED))),

  /** Access tokens live 7 days. */
  LONG_JWT(verified("JWT token expiration may be too long", EnumSet.of(Misconfiguration.JWT_LONG_LIFETIME),
      Map.of("jwt.lifetime", FAIL))),

  /** A refresh token keeps working after its first use. */
  NO_REFRESH_ROTATION(verified("Implement refresh token rotation", EnumSet.of(Misconfiguration.REFRESH_REUSABLE),
      Map.of("auth.refresh-rotation", FAIL))),

  /** {@code mongo:latest} in compose, {@code FROM nginx:latest}. */
  LATEST_TAGS(verified("Using :latest tags instead of specific versions", Set.of(),
      Map.of("docker.pinned", FAIL))),

  /** Neither the backend's nor nginx's Dockerfile sets a {@code USER}. */
  ROOT_USER(verified("Root user in containers", Set.of(), Map.of("docker.user", FAIL))),

  /** No service of the four compose files sets memory or CPU limits. */
  NO_RESOURCE_LIMITS(verified("No resource limits set", Set.of(), Map.of("compose.resources", FAIL))),

  /** The report doubts the certificate; the checks judge the one nginx presents, which is valid. */
  CERTIFICATE_NOT_VERIFIED(verified("Let's Encrypt configuration exists but not verified", Set.of(),
      Map.of("tls.certificate.trust", PASS, "tls.certificate.hostname", PASS, "tls.certificate.validity", PASS,
          "tls.certificate.key", PASS, "tls.certificate.signature", PASS))),

  /** What an uptime monitor needs is there: {@code /health} answers 200 quickly. */
  NO_UPTIME_MONITORING(verified("No uptime monitoring", Set.of(), Map.of("health.endpoint", PASS))),

  /** Uploads are stored by their declared type: executables, scripts and disguised files get through. */
  NO_FILE_TYPE_VALIDATION(verified("No file type validation on backend",
      EnumSet.of(Misconfiguration.UPLOAD_ANY_TYPE, Misconfiguration.UPLOAD_TRUSTS_CONTENT_TYPE),
      Map.of("upload.type", FAIL, "upload.content-sniffing", FAIL))),

  /** No scanner: the EICAR test file is stored. */
  NO_VIRUS_SCANNING(verified("No virus scanning for uploaded files",
      EnumSet.of(Misconfiguration.UPLOAD_NO_MALWARE_SCAN), Map.of("upload.malware", FAIL))),

  /** The endpoint stores a file over {@code upload.maxBytes}. */
  NO_FILE_SIZE_VALIDATION(verified("No file size validation at upload endpoint",
      EnumSet.of(Misconfiguration.UPLOAD_NO_SIZE_LIMIT), Map.of("upload.size", FAIL))),

  /** Wrong passwords are answered 401 for ever: nothing throttles guessing. */
  NO_LOGIN_RATE_LIMIT(verified("Missing rate limit on login attempts",
      EnumSet.of(Misconfiguration.LOGIN_NOT_THROTTLED), Map.of("ratelimit.login", FAIL))),


  /** {@code load.latency}: 20 users for 5 s, p95 at most 1 s (the report asks for 1000 users: raise it on staging). */
  NO_LOAD_TESTING(verified("No load testing performed", Set.of(), Map.of("load.latency", PASS)));

  private final FindingRow row;

  HypersendFindings(FindingRow row) {
    this.row = row;
  }

  @Override
  public FindingRow row() {
    return row;
  }
}
