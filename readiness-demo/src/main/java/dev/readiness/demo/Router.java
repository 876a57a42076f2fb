package dev.readiness.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Dispatches on exact path, then method. An unknown path answers 404 {@code {"detail":"Not Found"}}, a known
 * path with another method 405 {@code {"detail":"Method Not Allowed"}} with {@code Allow}; HEAD is answered
 * wherever GET is. An {@link ApiError} thrown by a route becomes its JSON response.
 */
final class Router extends Handler.Abstract {

  private final Map<String, Map<String, Request.Handler>> routes = new LinkedHashMap<>();

  Router(List<Route> routes) {
    for (Route route : routes) {
      this.routes.computeIfAbsent(route.path(), path -> new LinkedHashMap<>()).put(route.method(), route.handler());
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Map<String, Request.Handler> byMethod = routes.get(Request.getPathInContext(request));
    if (byMethod == null) {
      new ApiError(HttpStatus.NOT_FOUND_404, "Not Found").send(response, callback);
      return true;
    }
    Request.Handler handler = byMethod.get(routedMethod(request.getMethod()));
    if (handler == null) {
      response.getHeaders().put(HttpHeader.ALLOW, allowed(byMethod));
      new ApiError(HttpStatus.METHOD_NOT_ALLOWED_405, "Method Not Allowed").send(response, callback);
      return true;
    }
    try {
      return handler.handle(request, response, callback);
    } catch (ApiError error) {
      error.send(response, callback);
      return true;
    }
  }

  private static String allowed(Map<String, Request.Handler> byMethod) {
    List<String> methods = new ArrayList<>(byMethod.keySet());
    if (methods.contains(HttpMethod.GET.asString())) {
      methods.add(HttpMethod.HEAD.asString());
    }
    return String.join(", ", methods);
  }

  private static String routedMethod(String method) {
    return HttpMethod.HEAD.is(method) ? HttpMethod.GET.asString() : method;
  }
}
