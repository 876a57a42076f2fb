package dev.readiness.jwt;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test tokens: HS256-signed compact JWS from JSON header and claims text. */
final class Tokens {

  private Tokens() {}

  static String hs256(String claimsJson, String secret) {
    String input = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claimsJson);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return input + "." + Base64URL.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static JwtToken parsed(String headerJson, String claimsJson) {
    return JwtToken.parse(part(headerJson) + "." + part(claimsJson) + ".c2ln").orElseThrow();
  }

  static String part(String json) {
    return Base64URL.encode(json).toString();
  }
}
