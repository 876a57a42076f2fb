package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/** Judges a token's {@code alg}: it must be in the allow-list of signature algorithms, never {@code none}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtAlgorithmPolicy {

  /** The signature algorithms accepted by default. */
  public static final Set<String> ALLOWED = Set.of("HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256",
      "PS384", "PS512", "ES256", "ES384", "ES512", "ES256K", "EdDSA", "Ed25519", "Ed448");

  private JwtAlgorithmPolicy() {}

  /** @return a failure when the token's algorithm is missing, {@code none} or not allowed; else nothing */
  public static List<Finding> evaluate(JwtToken token) {
    String fix = "sign access tokens with one allow-listed algorithm (e.g. HS256 with a 256-bit random key, or "
        + "ES256) and pin that algorithm in the verifier";
    if (token.algorithm().isEmpty()) {
      return List.of(Finding.fail("the access token's header has no alg string", fix));
    }
    String alg = token.algorithm().get();
    if (alg.equalsIgnoreCase("none")) {
      return List.of(Finding.fail("the access token is unsigned (alg: " + alg + "), so anyone can mint one", fix));
    }
    if (!ALLOWED.contains(alg)) {
      return List.of(Finding.fail("the access token's alg " + alg + " is not in the allow-list "
          + ALLOWED.stream().sorted().toList(), fix));
    }
    return List.of();
  }
}
