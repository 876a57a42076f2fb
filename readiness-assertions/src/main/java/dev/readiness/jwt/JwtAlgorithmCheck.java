package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.SessionTokens;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import java.util.Optional;
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
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    Optional<JwtToken> jwt = JwtToken.parse(session.tokens().orElseThrow().accessToken());
    if (jwt.isEmpty()) {
      return Outcome.skipped("the access token is opaque (not a JWT), so it has no alg header");
    }
    return Outcome.of("the access token is signed with " + jwt.get().algorithm().orElse("?"),
        JwtAlgorithmPolicy.evaluate(jwt.get()), context.http().evidence());
  }
}
