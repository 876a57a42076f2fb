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

  /**
   * One forged token.
   *
   * @param name what was forged, for messages
   * @param token the forged token
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Forgery(String name, String token) {
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
        original.headerPart() + "." + tamperedPayload + "." + original.signaturePart()));
    for (String none : NONE_SPELLINGS) {
      Map<String, Object> header = new LinkedHashMap<>(original.header());
      header.put("alg", none);
      String unsigned = encode(header) + "." + tamperedPayload;
      forgeries.add(new Forgery("alg: " + none + " with a trailing dot", unsigned + "."));
      forgeries.add(new Forgery("alg: " + none + " without a trailing dot", unsigned));
    }
    forgeries.add(new Forgery("the signature stripped", original.headerPart() + "." + tamperedPayload + "."));
    forgeries.add(new Forgery("the signature stripped, without the dot",
        original.headerPart() + "." + tamperedPayload));
    if ("ES256".equals(original.algorithm().orElse(""))) {
      forgeries.add(new Forgery("an all-zero ES256 signature (CVE-2022-21449)",
          original.headerPart() + "." + tamperedPayload + "." + Base64URL.encode(new byte[64])));
    }
    return forgeries;
  }

  private static String encode(Map<String, Object> json) {
    return Base64URL.encode(JSONObjectUtils.toJSONString(json)).toString();
  }
}
