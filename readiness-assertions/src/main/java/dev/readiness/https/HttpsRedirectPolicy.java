package dev.readiness.https;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code https.redirect} rule as a pure function: the plain-HTTP response is a 301, 302, 307 or 308 whose
 * {@code Location} is an {@code https://} URL on the same host as the request (the first hop stays on the host).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HttpsRedirectPolicy {

  /** The one-line fix. */
  public static final String FIX = "Answer every plain-HTTP request with 301 to https://<same host><same path> "
      + "(nginx: return 301 https://$host$request_uri;)";

  private static final List<Integer> REDIRECTS = List.of(301, 302, 307, 308);

  private HttpsRedirectPolicy() {}

  /**
   * @param plain the response to a GET over plain HTTP, redirects not followed
   * @return a blocking finding when it does not redirect to HTTPS on the same host; a warning for a temporary
   *     redirect
   */
  public static List<Finding> evaluate(HttpExchange plain) {
    if (!REDIRECTS.contains(plain.status())) {
      return List.of(Finding.fail(plain.summary() + ": the plain-HTTP listener answers " + plain.status()
          + " instead of redirecting to HTTPS, so traffic can stay unencrypted", FIX));
    }
    Optional<String> location = plain.header("Location");
    if (location.isEmpty() || location.get().isBlank()) {
      return List.of(Finding.fail(plain.summary() + " has no Location header", FIX));
    }
    URI next;
    try {
      next = plain.url().resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      return List.of(Finding.fail(plain.summary() + ": Location '" + location.get() + "' is not a valid URL", FIX));
    }
    if (!"https".equalsIgnoreCase(next.getScheme())) {
      return List.of(Finding.fail(plain.summary() + " redirects to " + next + ", which is not HTTPS", FIX));
    }
    String host = lower(plain.url().getHost());
    if (!host.equals(lower(next.getHost()))) {
      return List.of(Finding.fail(plain.summary() + " redirects to " + next + " on another host; the first hop "
          + "must go to https://" + host + " (HSTS covers only the host that sent it)", FIX));
    }
    if (plain.status() == 302 || plain.status() == 307) {
      return List.of(Finding.warning(plain.summary() + " is a temporary redirect to " + next,
          "Use a permanent redirect (301 or 308)"));
    }
    return List.of();
  }

  private static String lower(String host) {
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }
}
