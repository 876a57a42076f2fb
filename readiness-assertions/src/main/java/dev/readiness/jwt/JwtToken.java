package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A compact JWS token split into its parts, with its header and claims decoded (Nimbus JOSE+JWT's JSON parser).
 * {@link #parse(String)} never throws: anything that is not three base64url parts with JSON-object header and
 * payload is opaque. {@link #toString()} never shows the token.
 *
 * @param headerPart the first part, as sent
 * @param payloadPart the second part, as sent
 * @param signaturePart the third part, as sent, possibly empty
 * @param header the decoded header
 * @param claims the decoded claims
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JwtToken(String headerPart, String payloadPart, String signaturePart, Map<String, Object> header,
    Map<String, Object> claims) {

  /** Copies the maps, which must not hold null values ({@link #parse(String)} drops JSON nulls). */
  public JwtToken {
    header = Map.copyOf(header);
    claims = Map.copyOf(claims);
  }

  /**
   * @param token any text
   * @return the token's parts, empty when the text is not a compact JWS with JSON header and claims
   */
  public static Optional<JwtToken> parse(String token) {
    String[] parts = token.trim().split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      Map<String, Object> header = JSONObjectUtils.parse(decode(parts[0]));
      Map<String, Object> claims = JSONObjectUtils.parse(decode(parts[1]));
      return Optional.of(new JwtToken(parts[0], parts[1], parts[2], withoutNulls(header), withoutNulls(claims)));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** @return the {@code alg} header, empty when absent or not a string */
  public Optional<String> algorithm() {
    return header.get("alg") instanceof String alg ? Optional.of(alg) : Optional.empty();
  }

  /** @return the numeric value of a claim such as {@code exp}, empty when absent or not a number */
  public Optional<Long> numericClaim(String name) {
    return claims.get(name) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }

  /** @return whether a claim is present, whatever its type */
  public boolean hasClaim(String name) {
    return claims.containsKey(name);
  }

  /** @return {@code header.payload}, the bytes the signature covers */
  public String signingInput() {
    return headerPart + "." + payloadPart;
  }

  @Override
  public String toString() {
    return "JwtToken[alg=" + algorithm().orElse("?") + ", claims=" + claims.keySet() + "]";
  }

  private static String decode(String part) {
    if (part.isEmpty() || !part.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("not base64url");
    }
    return new String(new Base64URL(part).decode(), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> copy = new java.util.HashMap<>(map);
    copy.values().removeIf(java.util.Objects::isNull);
    return copy;
  }
}
