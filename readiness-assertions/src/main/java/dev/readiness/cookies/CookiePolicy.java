package dev.readiness.cookies;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The {@code cookies.flags} rule, for every cookie a response sets (deleting ones aside): {@code Secure} always;
 * {@code HttpOnly} on session and auth cookies (set by the login response, or named like {@code session},
 * {@code sid}, {@code auth}, {@code token}, {@code jwt}, {@code login}, {@code remember}), except CSRF cookies that
 * scripts must read; {@code SameSite} set to {@code Strict}, {@code Lax} or {@code None}, and {@code None} only with
 * {@code Secure}; prefixes as RFC 6265bis §4.1.3 says, matched case-insensitively: {@code __Secure-} needs
 * {@code Secure} and an HTTPS origin, {@code __Host-} also {@code Path=/} and no {@code Domain}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CookiePolicy {

  private static final Pattern SESSION_NAME = Pattern.compile("sess|sid|auth|token|jwt|login|remember",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CSRF_NAME = Pattern.compile("csrf|xsrf", Pattern.CASE_INSENSITIVE);
  private static final Set<String> SAME_SITE = Set.of("strict", "lax", "none");
  private static final String FIX = "Set cookies with Secure; HttpOnly; SameSite=Lax (Express: cookie: {secure: true, "
      + "httpOnly: true, sameSite: 'lax'}; Spring: server.servlet.session.cookie.secure/http-only/same-site)";

  private CookiePolicy() {}

  /**
   * @param responses the responses whose cookies to judge
   * @param login the login response, whose cookies are all session cookies, when there was one
   * @return one blocking finding per cookie with a problem, naming every problem it has
   */
  public static List<Finding> evaluate(List<HttpExchange> responses, Optional<HttpExchange> login) {
    List<Finding> findings = new ArrayList<>();
    List<HttpExchange> all = new ArrayList<>(responses);
    login.ifPresent(all::add);
    for (HttpExchange response : all) {
      boolean fromLogin = login.isPresent() && login.get() == response;
      for (String header : response.headers().all("Set-Cookie")) {
        Optional<SetCookie> cookie = SetCookie.parse(header);
        if (cookie.isEmpty() || cookie.get().deletes()) {
          continue;
        }
        List<String> problems = problems(cookie.get(), fromLogin, response.isHttps());
        if (!problems.isEmpty()) {
          findings.add(Finding.fail(response.summary() + " set cookie '" + cookie.get().name() + "' ("
              + cookie.get() + ") " + String.join(", ", problems), FIX));
        }
      }
    }
    return findings;
  }

  /** @return what is wrong with one cookie, each as a phrase */
  static List<String> problems(SetCookie cookie, boolean fromLogin, boolean httpsOrigin) {
    List<String> problems = new ArrayList<>();
    String name = cookie.name();
    if (!cookie.secure()) {
      problems.add("without Secure, so it is also sent over plain HTTP");
    }
    boolean session = fromLogin || SESSION_NAME.matcher(name).find();
    if (session && !CSRF_NAME.matcher(name).find() && !cookie.httpOnly()) {
      problems.add("without HttpOnly, so injected scripts can steal the session");
    }
    Optional<String> sameSite = cookie.sameSite().map(v -> v.toLowerCase(Locale.ROOT));
    if (sameSite.isEmpty()) {
      problems.add("without SameSite, so cross-site requests carry it");
    } else if (!SAME_SITE.contains(sameSite.get())) {
      problems.add("with SameSite=" + cookie.sameSite().get() + ", which is not Strict, Lax or None");
    } else if (sameSite.get().equals("none") && !cookie.secure()) {
      problems.add("with SameSite=None but no Secure, which browsers reject");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("__secure-") || lower.startsWith("__host-")) && !httpsOrigin) {
      problems.add("with a " + name.substring(0, name.indexOf('-') + 1) + " prefix from a plain-HTTP origin");
    }
    if (lower.startsWith("__host-")) {
      if (cookie.domain().isPresent()) {
        problems.add("with a __Host- prefix and a Domain attribute, which the prefix forbids");
      }
      if (!cookie.path().map("/"::equals).orElse(false)) {
        problems.add("with a __Host- prefix but not Path=/");
      }
    }
    return problems;
  }
}
