package dev.readiness.demo;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (a handler's unexpected exception, a malformed request, a header too
 * large) with the security headers and {@code {"detail": "<reason phrase>"}}. The body never contains an
 * exception's text or a stack trace, whatever the cause.
 */
final class JsonErrorHandler implements Request.Handler {

  private final SecurityHeaders securityHeaders;

  JsonErrorHandler(SecurityHeaders securityHeaders) {
    this.securityHeaders = securityHeaders;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException httpException) {
      status = httpException.getCode();
    }
    securityHeaders.addTo(response.getHeaders(), Transport.isTls(request));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (HttpStatus.hasNoBody(status) || HttpMethod.HEAD.is(request.getMethod())) {
      response.setStatus(status);
      callback.succeeded();
    } else {
      JsonBodies.writeDetail(response, callback, status, HttpStatus.getMessage(status));
    }
    return true;
  }
}
