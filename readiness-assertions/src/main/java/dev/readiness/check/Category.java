package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The areas of the check catalogue, in the order the readiness report lists them. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Category {
  /** TLS protocols, suites and certificates. */
  TLS("TLS and certificates"),
  /** HTTPS everywhere: redirect and HSTS. */
  TRANSPORT("Transport"),
  /** Security headers and cookies. */
  HEADERS("Security headers and cookies"),
  /** Cross-origin resource sharing. */
  CORS("CORS"),
  /** Rate limits and brute-force protection. */
  RATE_LIMIT("Rate limiting"),
  /** Authentication, tokens and sessions. */
  AUTH("Authentication and tokens"),
  /** File uploads. */
  UPLOAD("File uploads"),
  /** Information leaks and exposed files. */
  LEAKS("Leaks and exposure"),
  /** WebSocket endpoints. */
  WEBSOCKET("WebSocket"),
  /** Repository configuration and containers. */
  CONFIG("Configuration and containers"),
  /** Health and load. */
  OPERATIONS("Operations and load");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /** @return the heading a person reads in the report */
  public String title() {
    return title;
  }
}
