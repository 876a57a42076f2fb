package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Forged variants of a real token, built with Nimbus JOSE+JWT's encoders: a claim added under the original
 * signature, {@code alg: none} in four spellings with and without the trailing dot, the signature stripped (with
 * and without the dot) and, for ES256, an all-zero signature (CVE-2022-21449).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TokenForgeries {

  private static final List<String> NONE_SPELLINGS = List.of("none", "None", "NONE", "nOnE");

  private TokenForgeries() {}

  /** What to do when a stack accepts a forgery: verify signatures with a pinned algorithm. */
  public static final String VERIFY_FIX = "verify every token's signature with a pinned algorithm before trusting "
      + "its claims (e.g. jwt.verify(token, key, {algorithms: [\"HS256\"]}))";

  /** What to do when a stack accepts the all-zero ES256 signature. */
  public static final String ECDSA_RANGE_FIX = "reject ECDSA signatures whose r or s is 0 or not below the curve "
      + "order: move off the Java runtimes hit by CVE-2022-21449 (15 to 17.0.2, 18.0.0) or verify with a JOSE "
      + "library that checks the range";

  /**
   * One forged token.
   *
   * @param name what was forged, for messages
   * @param token the forged token
   * @param fix what to change when the stack accepts it, in one line
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Forgery(String name, String token, String fix) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** @return the forged variants of {@code original} */
  public static List<Forgery> of(JwtToken original) {
    List<Forgery> forgeries = new ArrayList<>();
    Map<String, Object> claims = new LinkedHashMap<>(original.claims());
    claims.put("readiness", "tampered");
    String tamperedPayload = encode(claims);
    forgeries.add(new Forgery("a claim added under the original signature",
        original.headerPart() + "." + tamperedPayload + "." + original.signaturePart(), VERIFY_FIX));
    for (String none : NONE_SPELLINGS) {
      Map<String, Object> header = new LinkedHashMap<>(original.header());
      header.put("alg", none);
      String unsigned = encode(header) + "." + tamperedPayload;
      forgeries.add(new Forgery("alg: " + none + " with a trailing dot", unsigned + ".", VERIFY_FIX));
      forgeries.add(new Forgery("alg: " + none + " without a trailing dot", unsigned, VERIFY_FIX));
    }
    forgeries.add(new Forgery("the signature stripped", original.headerPart() + "." + tamperedPayload + ".",
        VERIFY_FIX));
    forgeries.add(new Forgery("the signature stripped, without the dot",
        original.headerPart() + "." + tamperedPayload, VERIFY_FIX));
    if ("ES256".equals(original.algorithm().orElse(""))) {
      forgeries.add(new Forgery("an all-zero ES256 signature (CVE-2022-21449)",
          original.headerPart() + "." + tamperedPayload + "." + Base64URL.encode(new byte[64]), ECDSA_RANGE_FIX));
    }
    return forgeries;
  }

  private static String encode(Map<String, Object> json) {
    return Base64URL.encode(JSONObjectUtils.toJSONString(json)).toString();
  }
}
