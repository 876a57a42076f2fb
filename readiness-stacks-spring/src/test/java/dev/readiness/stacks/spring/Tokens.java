package dev.readiness.stacks.spring;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the stack's tokens: HS256 access tokens (Nimbus JOSE+JWT) under a random 256-bit key, 10
 * minutes (7 days with the {@code jwt-long-lifetime} fault), and opaque refresh tokens that work once.
 */
@Component
class Tokens {

  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final Duration lifetime;

  Tokens(StackFaults faults) {
    random.nextBytes(key);
    this.lifetime = faults.has("jwt-long-lifetime") ? Duration.ofDays(7) : Duration.ofMinutes(10);
  }

  /** @return a new access and refresh token for {@code user}, as the login answers them */
  Map<String, String> issue(String user) {
    Instant now = Instant.now();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(user)
          .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime))).build());
      jwt.sign(new MACSigner(key));
      byte[] refresh = new byte[32];
      random.nextBytes(refresh);
      String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(refresh);
      refreshTokens.put(refreshToken, user);
      return Map.of("access_token", jwt.serialize(), "refresh_token", refreshToken, "token_type", "Bearer");
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  /** @return the user of a valid, unexpired HS256 access token */
  Optional<String> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
        return Optional.empty();
      }
      Date expires = jwt.getJWTClaimsSet().getExpirationTime();
      return expires != null && expires.toInstant().isAfter(Instant.now())
          ? Optional.ofNullable(jwt.getJWTClaimsSet().getSubject()) : Optional.empty();
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** @return the user of a refresh token, which is spent by this call */
  Optional<String> redeem(String refreshToken) {
    return Optional.ofNullable(refreshTokens.remove(refreshToken));
  }
}
