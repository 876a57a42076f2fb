package dev.readiness.demo;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A token bucket in front of an endpoint: {@link #CAPACITY} requests, refilled at {@link #CAPACITY} per
 * {@link #WINDOW_SECONDS} seconds, shared by every client (the demo serves loopback only). A request without a token
 * answers 429 with {@code Retry-After} and the IETF {@code RateLimit}/{@code RateLimit-Policy} headers; every
 * answer carries the quota headers. {@link Misconfiguration#RATE_LIMIT_MISSING} lets every request through;
 * {@link Misconfiguration#RATE_LIMIT_503} rejects with nginx's default 503 and no headers.
 */
final class ApiRateLimiter implements Request.Handler {

  static final int CAPACITY = 50;
  static final int WINDOW_SECONDS = 1;

  private final StackSettings settings;
  private final Request.Handler endpoint;
  private double tokens = CAPACITY;
  private long refilledAt = System.nanoTime();

  ApiRateLimiter(StackSettings settings, Request.Handler endpoint) {
    this.settings = settings;
    this.endpoint = endpoint;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (settings.has(Misconfiguration.RATE_LIMIT_MISSING)) {
      return endpoint.handle(request, response, callback);
    }
    int remaining = take();
    if (remaining < 0) {
      if (settings.has(Misconfiguration.RATE_LIMIT_503)) {
        throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE_503, "Service Temporarily Unavailable");
      }
      quotaHeaders(response, 0);
      response.getHeaders().put("Retry-After", String.valueOf(WINDOW_SECONDS));
      throw new ApiError(HttpStatus.TOO_MANY_REQUESTS_429, "Too Many Requests");
    }
    if (!settings.has(Misconfiguration.RATE_LIMIT_503)) {
      quotaHeaders(response, remaining);
    }
    return endpoint.handle(request, response, callback);
  }

  private synchronized int take() {
    long now = System.nanoTime();
    tokens = Math.min(CAPACITY, tokens + (now - refilledAt) / 1e9 * CAPACITY / WINDOW_SECONDS);
    refilledAt = now;
    if (tokens < 1) {
      return -1;
    }
    tokens -= 1;
    return (int) tokens;
  }

  private static void quotaHeaders(Response response, int remaining) {
    response.getHeaders().put("RateLimit-Policy", "\"api\";q=" + CAPACITY + ";w=" + WINDOW_SECONDS);
    response.getHeaders().put("RateLimit", "\"api\";r=" + remaining + ";t=" + WINDOW_SECONDS);
  }
}
