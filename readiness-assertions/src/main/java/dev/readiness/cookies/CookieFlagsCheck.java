package dev.readiness.cookies;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.LoginSession;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code cookies.flags}: every cookie set by the home page, the health path and, when {@code auth.login} is
 * configured, the login response, has the flags {@link CookiePolicy} requires. A configured login that does not
 * answer 2xx is ERROR (its cookies could not be seen).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CookieFlagsCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "cookies.flags";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Cookies are Secure, HttpOnly and SameSite";
  }

  @Override
  public Category category() {
    return Category.HEADERS;
  }

  @Override
  public Outcome run(CheckContext context) {
    List<HttpExchange> responses = new ArrayList<>();
    responses.add(context.http().get(context.profile().paths().home()));
    context.profile().paths().health().ifPresent(path -> responses.add(context.http().get(path)));
    Optional<LoginSession> session = LoginSession.of(context);
    Optional<HttpExchange> loginResponse = session.flatMap(LoginSession::exchange);
    if (loginResponse.isPresent() && !loginResponse.get().isSuccessful()) {
      return Outcome.error("the login failed (" + loginResponse.get().summary() + "), so the cookies it sets "
          + "cannot be checked; check auth.login in the stack profile", context.http().evidence());
    }
    long cookies = responses.stream().mapToLong(r -> r.headers().all("Set-Cookie").size()).sum()
        + loginResponse.map(r -> r.headers().all("Set-Cookie").size()).orElse(0);
    String pass = cookies == 0 ? "no cookie was set" : cookies + " cookie(s) set, all with the required flags";
    return Outcome.of(pass, CookiePolicy.evaluate(responses, loginResponse), context.http().evidence());
  }
}
