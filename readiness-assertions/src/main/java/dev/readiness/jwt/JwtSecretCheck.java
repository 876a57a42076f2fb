package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.SessionTokens;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code jwt.secret}: an HS* token does not verify with any secret of the built-in wordlist. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtSecretCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "jwt.secret";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "HMAC secret not guessable";
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
      return Outcome.skipped("the access token is opaque (not a JWT), so there is no signature to test");
    }
    if (!HmacSecrets.applies(jwt.get())) {
      return Outcome.skipped("the access token is signed with " + jwt.get().algorithm().orElse("no alg")
          + ", not HMAC, so there is no shared secret to guess");
    }
    List<Finding> findings = HmacSecrets.find(jwt.get())
        .map(match -> List.of(Finding.fail("the access token's " + jwt.get().algorithm().orElseThrow()
            + " signature verifies with a " + match.length() + "-character secret from the built-in wordlist ("
            + HmacSecrets.RESOURCE + " line " + match.line() + "), so anyone can forge tokens",
            "generate the signing key with a CSPRNG (at least 256 bits, e.g. openssl rand -base64 32), keep it "
                + "out of the code and rotate it")))
        .orElse(List.of());
    return Outcome.of("the access token's signature verifies with none of the " + HmacSecrets.builtIn().size()
        + " built-in secrets", findings, context.http().evidence());
  }
}
