package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.SessionTokens;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code jwt.lifetime}: the access token has {@code exp} and lives at most {@code jwt.maxLifetime}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtLifetimeCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "jwt.lifetime";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Access token lifetime short enough";
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
    IssuedTokens tokens = session.tokens().orElseThrow();
    Optional<JwtToken> jwt = JwtToken.parse(tokens.accessToken());
    if (jwt.isEmpty()) {
      return Outcome.skipped("the access token is opaque (not a JWT), so its lifetime cannot be read from it");
    }
    Duration maximum = context.profile().jwt().maxLifetime();
    List<Finding> findings = JwtLifetimePolicy.evaluate(jwt.get(), tokens.issuedAt(), maximum);
    return Outcome.of("the access token expires within " + Durations.describe(maximum) + " of being issued",
        findings, context.http().evidence());
  }
}
