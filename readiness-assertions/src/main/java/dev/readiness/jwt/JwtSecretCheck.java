package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code jwt.secret}: an HS* token does not verify with any of the profile's secret candidates
 * ({@code jwt.secretCandidates}, tried first) or the secrets of the built-in wordlist. Secrets are never shown.
 */
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
    SessionJwt session = SessionJwt.of(context, "there is no signature to test");
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    JwtToken jwt = session.jwt().orElseThrow();
    if (!HmacSecrets.applies(jwt)) {
      return Outcome.skipped("the access token is signed with " + jwt.algorithm().orElse("no alg")
          + ", not HMAC, so there is no shared secret to guess");
    }
    List<String> candidates = context.profile().jwt().secretCandidates();
    List<Finding> findings = HmacSecrets.find(jwt, candidates)
        .map(match -> List.of(Finding.fail("the access token's " + jwt.algorithm().orElseThrow()
            + " signature verifies with a " + match.length() + "-character secret from " + match.source()
            + (match.fromProfile() ? ", so anyone who has that secret" : ", so anyone") + " can forge tokens",
            "generate the signing key with a CSPRNG (at least 256 bits, e.g. openssl rand -base64 32), keep it "
                + "out of the code and rotate it")))
        .orElse(List.of());
    String profileCandidates = candidates.isEmpty() ? ""
        : candidates.size() + " profile candidate" + (candidates.size() == 1 ? "" : "s") + " and ";
    return Outcome.of("the access token's signature verifies with none of the " + profileCandidates
        + HmacSecrets.builtIn().size() + " built-in secrets", findings, context.http().evidence());
  }
}
