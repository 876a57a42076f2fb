package dev.readiness.demo;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The demo's CORS policy. Hardened, it allows exactly {@value #ALLOWED_ORIGIN}, with credentials, and sends
 * {@code Vary: Origin} on every response to a request with an {@code Origin}; it answers preflights
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) itself with 204, granting {@code GET, POST} and the
 * {@code Authorization} and {@code Content-Type} headers only to the allowed origin. Each CORS misconfiguration
 * widens the policy in exactly the way its name says.
 */
final class CrossOrigin extends Handler.Wrapper {

  /** The one origin the hardened stack allows. */
  static final String ALLOWED_ORIGIN = "https://app.example.com";

  private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

  private final StackSettings settings;

  CrossOrigin(StackSettings settings, Handler application) {
    super(application);
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String origin = request.getHeaders().get("Origin");
    if (origin == null) {
      return super.handle(request, response, callback);
    }
    boolean granted = grant(origin, response.getHeaders());
    boolean preflight = HttpMethod.OPTIONS.is(request.getMethod())
        && request.getHeaders().contains("Access-Control-Request-Method");
    if (!preflight) {
      return super.handle(request, response, callback);
    }
    if (granted) {
      response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST");
      response.getHeaders().put("Access-Control-Allow-Headers", "Authorization, Content-Type");
      response.getHeaders().put("Access-Control-Max-Age", "600");
    }
    response.setStatus(HttpStatus.NO_CONTENT_204);
    callback.succeeded();
    return true;
  }

  /** Adds the CORS response headers for a request from {@code origin}; @return true when it is granted */
  private boolean grant(String origin, HttpFields.Mutable headers) {
    if (settings.has(Misconfiguration.CORS_CREDENTIALS_WITH_ANY_ORIGIN)) {
      headers.put(ALLOW_ORIGIN, "*");
      headers.put(ALLOW_CREDENTIALS, "true");
      return true;
    }
    if (settings.has(Misconfiguration.CORS_WILDCARD)) {
      headers.put(ALLOW_ORIGIN, "*");
      return true;
    }
    headers.put("Vary", "Origin");
    if (origin.equals(ALLOWED_ORIGIN)) {
      headers.put(ALLOW_ORIGIN, origin);
      headers.put(ALLOW_CREDENTIALS, "true");
      return true;
    }
    if (widened(origin)) {
      headers.put(ALLOW_ORIGIN, origin);
      return true;
    }
    return false;
  }

  private boolean widened(String origin) {
    return settings.has(Misconfiguration.CORS_REFLECT_ANY_ORIGIN) && origin.startsWith("https://")
        || settings.has(Misconfiguration.CORS_NULL_ORIGIN) && origin.equals("null")
        || settings.has(Misconfiguration.CORS_SUFFIX_MATCH) && origin.endsWith("example.com");
  }
}
