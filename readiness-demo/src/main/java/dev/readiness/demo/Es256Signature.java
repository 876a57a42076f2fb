package dev.readiness.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/**
 * ES256 with a P-256 key pair made at start, signed by Nimbus. Verified by Nimbus's {@link ECDSAVerifier}, or, with
 * {@link Misconfiguration#JWT_ES256_PSYCHIC_SIGNATURE}, by {@link RangeUncheckedEcdsa}, which accepts the all-zero
 * signature as the JDKs hit by CVE-2022-21449 did.
 */
final class Es256Signature implements TokenSignature {

  private final ECPublicKey publicKey;
  private final ECPrivateKey privateKey;
  private final boolean rangeChecked;

  Es256Signature(boolean rangeChecked) {
    this.rangeChecked = rangeChecked;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      publicKey = (ECPublicKey) pair.getPublic();
      privateKey = (ECPrivateKey) pair.getPrivate();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a P-256 key pair", e);
    }
  }

  @Override
  public JWSAlgorithm algorithm() {
    return JWSAlgorithm.ES256;
  }

  @Override
  public String sign(JWSHeader header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new ECDSASigner(privateKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
  }

  @Override
  public boolean verified(SignedJWT jwt) throws JOSEException {
    return rangeChecked ? jwt.verify(new ECDSAVerifier(publicKey))
        : RangeUncheckedEcdsa.verify(publicKey, jwt.getSigningInput(), jwt.getSignature().decode());
  }
}
