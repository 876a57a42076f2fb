package dev.readiness.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the demo stack's access tokens: HS256 JWTs with {@code sub}, {@code iat}, {@code exp} (10
 * minutes) and {@code jti}, signed with a random 256-bit key. The misconfigurations change the lifetime
 * ({@link Misconfiguration#JWT_LONG_LIFETIME}, {@link Misconfiguration#JWT_NO_EXP}), the key
 * ({@link Misconfiguration#JWT_WEAK_SECRET}: {@code secret}, which Nimbus's {@link MACSigner} refuses as too short,
 * so that key is applied with {@link Mac} directly) or skip verification
 * ({@link Misconfiguration#JWT_SIGNATURE_NOT_VERIFIED}: the claims are decoded, nothing else is checked).
 */
final class AccessTokens {

  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final Duration LONG_LIFETIME = Duration.ofDays(7);
  static final String WEAK_SECRET = "secret";

  private static final String HMAC = "HmacSHA256";

  private final StackSettings settings;
  private final byte[] key;
  private final Clock clock;

  AccessTokens(StackSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    if (settings.has(Misconfiguration.JWT_WEAK_SECRET)) {
      key = WEAK_SECRET.getBytes(StandardCharsets.UTF_8);
    } else {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    }
  }

  /** @return a signed access token for {@code user} */
  String issue(String user) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .subject(user)
        .issueTime(Date.from(now))
        .jwtID(UUID.randomUUID().toString());
    if (!settings.has(Misconfiguration.JWT_NO_EXP)) {
      Duration lifetime = settings.has(Misconfiguration.JWT_LONG_LIFETIME) ? LONG_LIFETIME : LIFETIME;
      claims.expirationTime(Date.from(now.plus(lifetime)));
    }
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
    SignedJWT jwt = new SignedJWT(header, claims.build());
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

  /** @return the token's subject when the token is valid now, empty otherwise */
  Optional<String> userOf(String token) {
    try {
      if (settings.has(Misconfiguration.JWT_SIGNATURE_NOT_VERIFIED)) {
        return decodeOnly(token);
      }
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !verified(jwt)) {
        return Optional.empty();
      }
      return unexpired(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private boolean verified(SignedJWT jwt) throws JOSEException {
    if (key.length >= 32) {
      return jwt.verify(new MACVerifier(key));
    }
    byte[] expected = hmac(new String(jwt.getSigningInput(), StandardCharsets.US_ASCII));
    return MessageDigest.isEqual(expected, jwt.getSignature().decode());
  }

  private Optional<String> decodeOnly(String token) throws ParseException {
    String[] parts = token.split("\\.", -1);
    if (parts.length < 2) {
      return Optional.empty();
    }
    return unexpired(JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString()));
  }

  private Optional<String> unexpired(JWTClaimsSet claims) {
    Date exp = claims.getExpirationTime();
    if (exp != null && !exp.toInstant().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.ofNullable(claims.getSubject());
  }

  private byte[] hmac(String signingInput) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
