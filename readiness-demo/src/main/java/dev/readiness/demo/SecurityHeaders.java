package dev.readiness.demo;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response before the application writes it, and on Jetty's own error
 * responses through {@link JsonErrorHandler}. Hardened, an HTTPS response carries HSTS for two years with
 * subdomains; every response carries {@code nosniff}, {@code X-Frame-Options: DENY}, the API's
 * {@value #API_POLICY} policy and {@code Referrer-Policy: no-referrer}. Misconfigurations remove or weaken
 * exactly the header they name ({@link Misconfiguration#FRAME_OPTIONS_MISSING}
 * also drops {@code frame-ancestors} from the policies). HSTS is never sent over plain HTTP except by {@link Misconfiguration#HSTS_MISSING}.
 */
final class SecurityHeaders extends Handler.Wrapper {

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  private static final String HSTS_HARDENED = "max-age=63072000; includeSubDomains";
  private static final String HSTS_ONE_DAY = "max-age=86400";
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String PAGE_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String UNSAFE_INLINE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

  private final StackSettings settings;

  SecurityHeaders(StackSettings settings, Handler application) {
    super(application);
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    addTo(response.getHeaders(), Transport.isTls(request));
    return super.handle(request, response, callback);
  }

  /** Adds the headers a response on an HTTPS ({@code secure}) or a plain-HTTP exchange carries. */
  void addTo(HttpFields.Mutable headers, boolean secure) {
    String hsts = hsts(secure);
    if (hsts != null) {
      headers.put(HttpHeader.STRICT_TRANSPORT_SECURITY, hsts);
    }
    if (!settings.has(Misconfiguration.NOSNIFF_MISSING)) {
      headers.put("X-Content-Type-Options", "nosniff");
    }
    if (!settings.has(Misconfiguration.FRAME_OPTIONS_MISSING)) {
      headers.put("X-Frame-Options", "DENY");
    }
    headers.put(CONTENT_SECURITY_POLICY, policy(settings, API_POLICY));
    if (settings.has(Misconfiguration.VERSION_BANNER)) {
      headers.put("X-Powered-By", "Express");
    }
    headers.put("Referrer-Policy", settings.has(Misconfiguration.REFERRER_UNSAFE_URL) ? "unsafe-url" : "no-referrer");
  }

  /** @return the policy of the HTML home page, weakened as the misconfigurations say */
  static String pagePolicy(StackSettings settings) {
    return policy(settings, PAGE_POLICY);
  }

  private static String policy(StackSettings settings, String hardened) {
    String policy = settings.has(Misconfiguration.CSP_UNSAFE_INLINE) ? UNSAFE_INLINE_POLICY : hardened;
    return settings.has(Misconfiguration.FRAME_OPTIONS_MISSING)
        ? policy.replace("; frame-ancestors 'none'", "")
        : policy;
  }

  private String hsts(boolean secure) {
    if (settings.has(Misconfiguration.HSTS_MISSING)) {
      return secure ? null : HSTS_ONE_DAY;
    }
    if (!secure) {
      return null;
    }
    return settings.has(Misconfiguration.HSTS_SHORT_MAX_AGE) ? HSTS_ONE_DAY : HSTS_HARDENED;
  }
}
