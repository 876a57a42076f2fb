package dev.readiness.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies the demo stack's access tokens: JWTs with {@code sub}, {@code iat}, {@code exp} (10 minutes)
 * and {@code jti}, signed by the {@link TokenSignature} the settings choose (HS256 with a random 256-bit key by
 * default, or ES256) and accepted only with that algorithm. The misconfigurations change the lifetime
 * ({@link Misconfiguration#JWT_LONG_LIFETIME}, {@link Misconfiguration#JWT_NO_EXP}), the key
 * ({@link Misconfiguration#JWT_WEAK_SECRET}), the verification of ES256 signatures
 * ({@link Misconfiguration#JWT_ES256_PSYCHIC_SIGNATURE}) or skip verification
 * ({@link Misconfiguration#JWT_SIGNATURE_NOT_VERIFIED}: the claims are decoded, nothing else is checked).
 */
final class AccessTokens {

  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final Duration LONG_LIFETIME = Duration.ofDays(7);

  private final StackSettings settings;
  private final TokenSignature signature;
  private final Clock clock;

  AccessTokens(StackSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.signature = TokenSignature.of(settings);
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
    JWSHeader header = new JWSHeader.Builder(signature.algorithm()).type(JOSEObjectType.JWT).build();
    return signature.sign(header, claims.build());
  }

  /** @return the token's subject when the token is valid now, empty otherwise */
  Optional<String> userOf(String token) {
    try {
      if (settings.has(Misconfiguration.JWT_SIGNATURE_NOT_VERIFIED)) {
        return decodeOnly(token);
      }
      SignedJWT jwt = SignedJWT.parse(token);
      if (!signature.algorithm().equals(jwt.getHeader().getAlgorithm()) || !signature.verified(jwt)) {
        return Optional.empty();
      }
      return unexpired(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
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
}
