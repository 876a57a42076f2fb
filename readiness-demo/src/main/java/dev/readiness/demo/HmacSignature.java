package dev.readiness.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 with a random 256-bit key, or with the weak secret {@code secret} of
 * {@link Misconfiguration#JWT_WEAK_SECRET}, which Nimbus's {@link MACSigner} refuses as too short, so that key is
 * applied with {@link Mac} directly.
 */
final class HmacSignature implements TokenSignature {

  static final String WEAK_SECRET = "secret";

  private static final String HMAC = "HmacSHA256";

  private final byte[] key;

  HmacSignature(boolean weakSecret) {
    if (weakSecret) {
      key = WEAK_SECRET.getBytes(StandardCharsets.UTF_8);
    } else {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    }
  }

  @Override
  public JWSAlgorithm algorithm() {
    return JWSAlgorithm.HS256;
  }

  @Override
  public String sign(JWSHeader header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      if (key.length >= 32) {
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
      }
      String signingInput = header.toBase64URL() + "." + jwt.getPayload().toBase64URL();
      return signingInput + "." + Base64URL.encode(hmac(signingInput));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
  }

  @Override
  public boolean verified(SignedJWT jwt) throws JOSEException {
    if (key.length >= 32) {
      return jwt.verify(new MACVerifier(key));
    }
    byte[] expected = hmac(new String(jwt.getSigningInput(), StandardCharsets.US_ASCII));
    return MessageDigest.isEqual(expected, jwt.getSignature().decode());
  }

  private byte[] hmac(String signingInput) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
