package dev.readiness.stacks;

import java.net.URI;

/**
 * Renders the {@code readiness.yaml} of a stack. Every stack serves the same API shape (a home page, {@code /health},
 * a JWT login with rotating refresh tokens, {@code /api/rooms} behind the login and an API limiter, PNG/JPEG uploads
 * of at most {@value #MAX_BYTES} bytes, one allowed CORS origin), so one template describes them all; only the load
 * differs: a closed model for the applications, and an open model of {@value #NGINX_LOAD_RATE} requests a second
 * behind nginx, whose site-wide limit is 5 a second.
 */
final class ProfileYaml {

  static final String USER = "alice";
  static final String ALLOWED_ORIGIN = "https://app.example.com";
  static final int MAX_BYTES = 65536;
  static final int NGINX_LOAD_RATE = 3;

  private ProfileYaml() {}

  /** The load section: {@code closed} users as fast as answered, or an open model at a rate below a limiter. */
  enum Load {
    /** 5 users for 3 s on {@code /health}. */
    CLOSED("""
        load:
          path: /health
          concurrency: 5
          duration: 3s
          p95: 1s
        """),
    /** {@value ProfileYaml#NGINX_LOAD_RATE} requests a second for 3 s over at most 2 connections. */
    BELOW_SITE_LIMIT("""
        load:
          path: /health
          concurrency: 2
          rate: %d
          duration: 3s
          p95: 1s
        """.formatted(NGINX_LOAD_RATE));

    private final String yaml;

    Load(String yaml) {
      this.yaml = yaml;
    }
  }

  /**
   * @param httpsUrl the stack's HTTPS base URL
   * @param httpUrl its plain-HTTP base URL
   * @param password alice's password (the file lives in the stack's temporary directory)
   * @param load the load model that fits the stack's limits
   * @return the profile's text
   */
  static String render(URI httpsUrl, URI httpUrl, String password, Load load) {
    return """
        # written by dev.readiness.stacks for one test run; valid while the stack runs
        target:
          url: %s
          httpUrl: %s
          trust: %s
          timeout: 5s
        profile: intermediate
        paths:
          home: /
          health: /health
          protected: /api/rooms
        auth:
          login:
            path: /api/auth/login
            body: '{"username":"${user}","password":"${password}"}'
            contentType: application/json
            user: %s
            password: '%s'
            accessToken: /access_token
            refreshToken: /refresh_token
          refresh:
            path: /api/auth/refresh
            body: '{"refresh_token":"${refreshToken}"}'
        jwt:
          maxLifetime: 15m
        cors:
          allowedOrigins: [%s]
        rateLimit:
          endpoints:
            - path: /api/rooms
              method: GET
              authenticated: true
              maxRequests: 200
          login: true
        upload:
          path: /api/files
          field: file
          authenticated: true
          allowedTypes: [image/png, image/jpeg]
          maxBytes: %d
        exposure:
          allow: []
        """.formatted(httpsUrl, httpUrl, StackCertificates.CA_FILE, USER, password, ALLOWED_ORIGIN, MAX_BYTES)
        + load.yaml;
  }
}
