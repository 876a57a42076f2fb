package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import org.apiguardian.api.API;

/** {@code jwt.algorithm}: the access token's {@code alg} is an allow-listed signature algorithm. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtAlgorithmCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "jwt.algorithm";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Access token signed with an allowed algorithm";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  @Override
  public Outcome run(CheckContext context) {
    SessionJwt session = SessionJwt.of(context, "it has no alg header");
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    JwtToken jwt = session.jwt().orElseThrow();
    return Outcome.of("the access token is signed with " + jwt.algorithm().orElse("?"),
        JwtAlgorithmPolicy.evaluate(jwt), context.http().evidence());
  }
}
