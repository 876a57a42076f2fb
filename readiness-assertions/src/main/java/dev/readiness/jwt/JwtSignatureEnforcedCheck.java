package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.ProtectedPath;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code jwt.signature-enforced}: the protected endpoint rejects forged variants of the real token
 * ({@link TokenForgeries}) while accepting the real one (positive control); a forged token answered with a 5xx or
 * another non-refusal makes it ERROR ({@link JwtSignaturePolicy}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtSignatureEnforcedCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "jwt.signature-enforced";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Forged tokens rejected";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(30, Duration.ofSeconds(30));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Outcome> skip = ProtectedPath.missing(context);
    if (skip.isPresent()) {
      return skip.get();
    }
    SessionJwt session = SessionJwt.of(context, "there is no signature to forge");
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    IssuedTokens tokens = session.tokens().orElseThrow();
    HttpExchange control = ProtectedPath.get(context, tokens.accessToken(), tokens);
    Optional<Outcome> failed = ProtectedPath.controlFailed(context, control);
    if (failed.isPresent()) {
      return failed.get();
    }
    HttpExchange anonymous = context.http().get(context.profile().paths().protectedPath().orElseThrow());
    if (anonymous.isSuccessful()) {
      return Outcome.skipped(anonymous.summary() + " without any token, so forged tokens prove nothing here; "
          + "auth.required reports this");
    }
    List<JwtSignaturePolicy.ForgedAttempt> attempts = new ArrayList<>();
    List<TokenForgeries.Forgery> forgeries = TokenForgeries.of(session.jwt().orElseThrow());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("the real token (control)", Integer.toString(control.status()), "control: accepted, as it must be"));
    rows.add(List.of("no token", Integer.toString(anonymous.status()), "rejected"));
    for (TokenForgeries.Forgery forgery : forgeries) {
      context.http().redactor().register(forgery.token(), "forged: " + forgery.name());
      HttpExchange answer = ProtectedPath.get(context, forgery.token(), tokens);
      attempts.add(new JwtSignaturePolicy.ForgedAttempt(forgery, answer));
      rows.add(List.of(forgery.name(), Integer.toString(answer.status()),
          answer.isSuccessful() ? "accepted: the signature is not verified" : "rejected"));
    }
    Optional<String> undecided = JwtSignaturePolicy.undecided(attempts, anonymous);
    if (undecided.isPresent()) {
      return Outcome.error(undecided.get(), context.http().evidence());
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.table("GET " + context.profile().paths().protectedPath().orElseThrow()
        + " with each token variant", List.of("token", "status", "verdict"), rows));
    evidence.addAll(context.http().evidence());
    return Outcome.of(control.summary() + " with the real token; all " + forgeries.size()
        + " forged variants rejected", JwtSignaturePolicy.accepted(attempts), evidence);
  }
}
