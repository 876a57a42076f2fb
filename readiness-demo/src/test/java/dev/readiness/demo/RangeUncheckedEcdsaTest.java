package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** The hand-written, range-unchecked ECDSA verification against real P-256 signatures made by Nimbus. */
class RangeUncheckedEcdsaTest {

  private final KeyPair keys = keyPair();
  private final ECPublicKey publicKey = (ECPublicKey) keys.getPublic();

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private SignedJWT signed(String subject) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256),
        new JWTClaimsSet.Builder().subject(subject).build());
    jwt.sign(new ECDSASigner((ECPrivateKey) keys.getPrivate()));
    return jwt;
  }

  @Test
  void verifiesRealSignaturesAndRejectsAlteredOnes() throws JOSEException {
    SignedJWT jwt = signed("alice");
    byte[] signature = jwt.getSignature().decode();
    byte[] flipped = signature.clone();
    flipped[40] ^= 1;

    assertThat(RangeUncheckedEcdsa.verify(publicKey, jwt.getSigningInput(), signature)).isTrue();
    assertThat(RangeUncheckedEcdsa.verify(publicKey, jwt.getSigningInput(), flipped)).isFalse();
    assertThat(RangeUncheckedEcdsa.verify(publicKey, signed("mallory").getSigningInput(), signature)).isFalse();
    assertThat(RangeUncheckedEcdsa.verify(publicKey, jwt.getSigningInput(), new byte[63])).isFalse();
  }

  @Test
  void acceptsTheAllZeroSignatureForAnyMessageButNotAZeroROnItsOwn() {
    byte[] anyMessage = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0".getBytes(StandardCharsets.US_ASCII);
    byte[] zeroRWithSOfOne = new byte[64];
    zeroRWithSOfOne[63] = 1;

    assertThat(RangeUncheckedEcdsa.verify(publicKey, anyMessage, new byte[64])).isTrue();
    assertThat(RangeUncheckedEcdsa.verify(publicKey, anyMessage, zeroRWithSOfOne)).isFalse();
  }

  @Test
  void nimbusRejectsTheAllZeroSignatureTheFlawedVerifierAccepts() throws Exception {
    SignedJWT real = signed("alice");
    SignedJWT zero = new SignedJWT(real.getHeader().toBase64URL(), real.getPayload().toBase64URL(),
        Base64URL.encode(new byte[64]));

    assertThat(zero.verify(new ECDSAVerifier(publicKey))).isFalse();
    assertThat(RangeUncheckedEcdsa.verify(publicKey, zero.getSigningInput(), zero.getSignature().decode()))
        .isTrue();
  }
}
