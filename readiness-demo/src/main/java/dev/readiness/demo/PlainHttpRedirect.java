package dev.readiness.demo;

import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every plain-HTTP request, whatever its method or path, with 301 to
 * {@code https://localhost:<https port>} and the same path and query; HTTPS requests go on to the application.
 */
final class PlainHttpRedirect extends Handler.Wrapper {

  private final IntSupplier httpsPort;

  /** @param httpsPort the HTTPS listener's port, read per request because it is bound after construction */
  PlainHttpRedirect(IntSupplier httpsPort, Handler application) {
    super(application);
    this.httpsPort = httpsPort;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (Transport.isTls(request)) {
      return super.handle(request, response, callback);
    }
    response.setStatus(HttpStatus.MOVED_PERMANENTLY_301);
    response.getHeaders().put(HttpHeader.LOCATION,
        "https://localhost:" + httpsPort.getAsInt() + request.getHttpURI().getPathQuery());
    callback.succeeded();
    return true;
  }
}
