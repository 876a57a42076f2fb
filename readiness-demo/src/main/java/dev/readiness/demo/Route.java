package dev.readiness.demo;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;

/**
 * One endpoint of the demo API: a method, an exact path and the handler that answers it.
 *
 * @param method the HTTP method, upper case
 * @param path the exact path, without query
 * @param handler answers the request, or throws {@link ApiError} for a client error
 */
record Route(String method, String path, Request.Handler handler) {

  static Route get(String path, Request.Handler handler) {
    return new Route(HttpMethod.GET.asString(), path, handler);
  }

  static Route post(String path, Request.Handler handler) {
    return new Route(HttpMethod.POST.asString(), path, handler);
  }
}
