package dev.readiness.demo;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A client error an endpoint answers with a JSON {@code {"detail": "..."}} body, the shape FastAPI uses.
 * Thrown by endpoint code and rendered by {@link Router}; it carries no stack trace and its detail is the
 * only text the client sees.
 */
final class ApiError extends Exception {

  private final int status;
  private final java.time.Duration retryAfter;

  ApiError(int status, String detail) {
    this(status, detail, null);
  }

  private ApiError(int status, String detail, java.time.Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  static ApiError tooManyRequests(String detail, java.time.Duration retryAfter) {
    return new ApiError(HttpStatus.TOO_MANY_REQUESTS_429, detail, retryAfter);
  }

  static ApiError badRequest(String detail) {
    return new ApiError(HttpStatus.BAD_REQUEST_400, detail);
  }

  static ApiError unauthorized(String detail) {
    return new ApiError(HttpStatus.UNAUTHORIZED_401, detail);
  }

  int status() {
    return status;
  }

  String detail() {
    return getMessage();
  }

  /**
   * Writes this error as the response; a 401 also names the Bearer scheme, as RFC 9110 requires, and a 429 says
   * when to retry.
   */
  void send(Response response, Callback callback) {
    if (status == HttpStatus.UNAUTHORIZED_401) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
    }
    if (retryAfter != null) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }
    JsonBodies.writeDetail(response, callback, status, detail());
  }
}
