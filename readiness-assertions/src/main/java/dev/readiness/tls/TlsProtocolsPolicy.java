package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.profile.TlsProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code tls.protocols}: TLS 1.2 or 1.3 must be offered, SSLv2 (RFC 6176), SSLv3, TLS 1.0 and 1.1 never (RFC 8996,
 * every profile),
 * and every version outside the {@link TlsPolicy}'s protocols fails ({@code modern}: TLS 1.3 only).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsProtocolsPolicy {

  private static final String FIX_OLD = "offer only TLS 1.2 and 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)";

  private TlsProtocolsPolicy() {}

  /**
   * @param accepted the versions the server accepted
   * @param profile the TLS profile
   * @return the findings, empty when the versions are allowed
   */
  public static List<Finding> evaluate(Set<TlsVersion> accepted, TlsProfile profile) {
    return evaluate(accepted, TlsPolicy.of(profile));
  }

  /**
   * @param accepted the versions the server accepted
   * @param policy the rules in force
   * @return the findings, empty when the versions are allowed
   */
  public static List<Finding> evaluate(Set<TlsVersion> accepted, TlsPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    if (!accepted.contains(TlsVersion.TLS_1_2) && !accepted.contains(TlsVersion.TLS_1_3)) {
      findings.add(Finding.fail("ClientHellos for TLS 1.2 and TLS 1.3 were both refused; accepted: " + accepted
          + "; clients need TLS 1.2 or 1.3", "enable TLS 1.2 and 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)"));
    }
    for (TlsVersion version : accepted) {
      if (version == TlsVersion.SSL_2_0) {
        findings.add(Finding.fail("an SSLv2 CLIENT-HELLO got a SERVER-HELLO: SSLv2 is prohibited (RFC 6176; DROWN, "
            + "CVE-2016-0800) and fails every profile", FIX_OLD + " and remove SSLv2 from every service sharing "
            + "the key"));
      } else if (version.isObsolete()) {
        findings.add(Finding.fail("a " + version.label() + " ClientHello got a ServerHello: " + version.label()
            + " is deprecated (RFC 8996) and fails every profile", FIX_OLD));
      }
    }
    for (TlsVersion version : accepted) {
      if (!version.isObsolete() && !policy.protocols().contains(version)) {
        List<String> labels = new ArrayList<>();
        for (TlsVersion allowedVersion : TlsVersion.values()) {
          if (policy.protocols().contains(allowedVersion)) {
            labels.add(allowedVersion.label());
          }
        }
        String allowed = String.join(" and ", labels).replace("TLSv", "TLS ");
        String nginx = String.join(" ", labels);
        findings.add(Finding.fail("a " + version.label() + " ClientHello got a ServerHello: the " + policy.name()
            + " profile allows " + allowed + " only", "offer only " + allowed + " (nginx: ssl_protocols " + nginx
            + ";)" + (policy == TlsPolicy.MODERN ? " or choose profile: intermediate" : "")));
      }
    }
    return findings;
  }
}
