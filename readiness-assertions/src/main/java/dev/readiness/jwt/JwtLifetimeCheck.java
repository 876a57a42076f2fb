package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Durations;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    SessionJwt session = SessionJwt.of(context, "its lifetime cannot be read from it");
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    Duration maximum = context.profile().jwt().maxLifetime();
    JwtToken token = session.jwt().orElseThrow();
    Optional<Instant> issuedAt = session.tokens().orElseThrow().issuedAt();
    List<Finding> findings = JwtLifetimePolicy.evaluate(token, issuedAt, maximum);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(JwtClaimsTable.of(token, issuedAt, maximum));
    evidence.addAll(context.http().evidence());
    return Outcome.of("the access token expires within " + Durations.describe(maximum) + " of being issued",
        findings, evidence);
  }
}
