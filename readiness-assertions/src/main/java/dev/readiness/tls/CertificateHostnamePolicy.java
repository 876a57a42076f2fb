package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code tls.certificate.hostname}: the leaf's subjectAltName must match the host per RFC 6125/9525: DNS names
 * only (the subject CN is ignored), a wildcard only as the whole left-most label and covering exactly one label
 * (never the apex), IP addresses only by an iPAddress entry. Judged whether or not the chain is trusted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateHostnamePolicy {

  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  private CertificateHostnamePolicy() {}

  /**
   * @param chain the presented chain; its {@code host} is what the client asked for
   * @return a finding when no SAN matches
   */
  public static List<Finding> evaluate(PresentedChain chain) {
    String host = normalize(chain.host());
    boolean ip = host.contains(":") || host.matches("[\\d.]+");
    List<String> names = new ArrayList<>();
    for (List<?> san : subjectAltNames(chain.leaf())) {
      int type = (Integer) san.get(0);
      String value = String.valueOf(san.get(1));
      names.add(value);
      if (type == IP_ADDRESS && ip && value.equalsIgnoreCase(host)) {
        return List.of();
      }
      if (type == DNS_NAME && !ip && matches(normalize(value), host)) {
        return List.of();
      }
    }
    return List.of(Finding.fail("the leaf presented by " + chain.endpoint() + " names " + (names.isEmpty()
        ? "no subjectAltName (the subject CN is not used since RFC 9525)" : "only " + names)
        + ", none of which matches '" + host + "'", "issue the certificate with a subjectAltName "
        + (ip ? "iPAddress " : "dNSName ") + host));
  }

  static boolean matches(String pattern, String host) {
    if (!pattern.startsWith("*.")) {
      return pattern.equals(host);
    }
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot).equals(pattern.substring(1)) && pattern.indexOf('.', 2) > 0;
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static Collection<List<?>> subjectAltNames(X509Certificate leaf) {
    try {
      Collection<List<?>> names = leaf.getSubjectAlternativeNames();
      return names == null ? List.of() : names;
    } catch (CertificateParsingException e) {
      return List.of();
    }
  }
}
