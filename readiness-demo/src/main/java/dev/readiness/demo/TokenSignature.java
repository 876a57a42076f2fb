package dev.readiness.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens with one algorithm and verifies their signatures; the algorithm is pinned by the caller. */
interface TokenSignature {

  /** @return the signature for the stack's settings: ES256 when they ask for it, else HS256 */
  static TokenSignature of(StackSettings settings) {
    return settings.signing() == TokenSigning.ES256
        ? new Es256Signature(!settings.has(Misconfiguration.JWT_ES256_PSYCHIC_SIGNATURE))
        : new HmacSignature(settings.has(Misconfiguration.JWT_WEAK_SECRET));
  }

  /** @return the algorithm tokens are signed with; any other {@code alg} is rejected */
  JWSAlgorithm algorithm();

  /** @return the compact serialization of the signed token */
  String sign(JWSHeader header, JWTClaimsSet claims);

  /** @return whether the token's signature is valid for its signing input */
  boolean verified(SignedJWT jwt) throws JOSEException;
}
