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

  /**
   * Breaks {@code tls.ciphers}: the HTTPS listener also accepts the TLS 1.2 suites
   * {@code TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256} and {@code TLS_DHE_RSA_WITH_AES_128_GCM_SHA256} (CBC and DHE),
   * which Mozilla's intermediate profile 6.0 rejects.
   */
  TLS_LEGACY_SUITES,

  /** Breaks {@code cors.wildcard}: every response to a request with an {@code Origin} carries {@code *}. */
  CORS_WILDCARD,

  /**
   * Breaks {@code cors.reflection}: any {@code https://} origin is echoed in {@code Access-Control-Allow-Origin}
   * (without credentials; the configured origin keeps them); {@code cors.bypass} fails with it, since the
   * look-alikes are echoed too.
   */
  CORS_REFLECT_ANY_ORIGIN,

  /** Breaks {@code cors.null-origin}: {@code Origin: null} is echoed as allowed (without credentials). */
  CORS_NULL_ORIGIN,

  /**
   * Breaks {@code cors.bypass}: any origin that ends with {@code example.com} is echoed (the classic
   * {@code endsWith} check), so {@code https://evilapp.example.com} passes as {@code https://app.example.com}.
   */
  CORS_SUFFIX_MATCH,

  /**
   * Breaks {@code cors.credentials}: every response to a request with an {@code Origin} carries
   * {@code Access-Control-Allow-Origin: *} with {@code Access-Control-Allow-Credentials: true}.
   */
  CORS_CREDENTIALS_WITH_ANY_ORIGIN,

  /**
   * Breaks {@code websocket.tls}: the plain-HTTP listener upgrades WebSocket handshakes at the Socket.io path
   * instead of redirecting them to HTTPS.
   */
  WEBSOCKET_PLAINTEXT,

  /** Breaks {@code websocket.origin}: the WebSocket upgrade no longer checks {@code Origin}. */
  WEBSOCKET_ANY_ORIGIN,

  /** Breaks {@code websocket.auth}: the WebSocket upgrade no longer requires a bearer token. */
  WEBSOCKET_NO_AUTH,

  /** Breaks {@code ratelimit.api}: {@code /api/rooms} has no rate limit and sends no quota headers. */
  RATE_LIMIT_MISSING,

  /**
   * Breaks {@code ratelimit.signal}: {@code /api/rooms} is limited, but rejects with nginx's default 503 and sends
   * neither {@code Retry-After} nor quota headers.
   */
  RATE_LIMIT_503,

  /**
   * Breaks {@code headers.frame-options}: no {@code X-Frame-Options} header and no {@code frame-ancestors}
   * directive in the Content-Security-Policy.
   */
  FRAME_OPTIONS_MISSING,

  /**
   * Breaks {@code headers.csp}: the Content-Security-Policy becomes
   * {@code default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'}.
   */
  CSP_UNSAFE_INLINE,

  /** Breaks {@code headers.referrer-policy}: every response carries {@code Referrer-Policy: unsafe-url}. */
  REFERRER_UNSAFE_URL,

  /** Breaks {@code leak.banner}: every response carries {@code X-Powered-By: Express}. */
  VERSION_BANNER,

  /**
   * Breaks {@code leak.stack-trace}: a malformed JSON body sent to the login or upload endpoint is answered 400 with
   * Express's development error page, which shows the body parser's Node.js stack trace.
   */
  STACK_TRACES,

  /** Breaks {@code exposure.files}: {@code /.env} serves {@code KEY=value} lines with made-up secrets. */
  DOTENV_EXPOSED,

  /**
   * Breaks {@code exposure.debug-endpoints}: {@code /docs} (Swagger UI) and {@code /openapi.json} answer without
   * credentials.
   */
  DEBUG_ENDPOINTS,

  /** Breaks {@code cookies.flags}: the login's {@code session} cookie has only {@code Path=/}. */
  COOKIE_INSECURE,

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
  PROTECTED_ROUTE_OPEN,

  /**
   * Breaks {@code jwt.signature-enforced}: access tokens are ES256 (whatever {@link TokenSigning} is chosen) and
   * are verified by a hand-written ECDSA verification that omits the {@code 1 <= r, s < n} range check, as the JDKs
   * hit by CVE-2022-21449 did, so a token with an all-zero signature is accepted whatever its claims.
   */
  JWT_ES256_PSYCHIC_SIGNATURE,

  /**
   * Breaks {@code upload.type}: a file declared as a type that is not allowed (an executable, a script, HTML, SVG)
   * is stored without looking at its content; files declared as an allowed type are still checked.
   */
  UPLOAD_ANY_TYPE,

  /**
   * Breaks {@code upload.content-sniffing}: a file declared as an allowed type ({@code image/png}) is stored as that
   * type without looking at its content, so a disguised executable or a polyglot passes.
   */
  UPLOAD_TRUSTS_CONTENT_TYPE,

  /** Breaks {@code upload.size}: the upload endpoint stores files up to 8 MiB instead of its 1 MiB maximum. */
  UPLOAD_NO_SIZE_LIMIT,

  /** Breaks {@code upload.malware}: uploads are stored without the malware scan, so the EICAR test file passes. */
  UPLOAD_NO_MALWARE_SCAN,

  /**
   * Breaks {@code ratelimit.login}: failed logins are never throttled, so any number of wrong passwords is answered
   * 401 and the correct one still logs in after them.
   */
  LOGIN_NOT_THROTTLED,

  /**
   * Breaks {@code load.latency}: the home page is rendered under one lock held for 200 ms (a global cache guarded
   * by {@code synchronized}), so concurrent requests queue behind each other: alone it answers in about 200 ms,
   * under the profile's 20 users in about four seconds.
   */
  LOAD_SERIALISED
}
