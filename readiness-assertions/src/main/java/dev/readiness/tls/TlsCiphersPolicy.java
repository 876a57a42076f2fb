package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.profile.TlsProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code tls.ciphers}: the floor of every profile is no NULL, anonymous, EXPORT, DES, 3DES, RC4, MD5 or
 * under-128-bit suite. {@code intermediate} and {@code modern} also require every pre-1.3 suite to be ECDHE with
 * AES-GCM or ChaCha20-Poly1305 and every TLS 1.3 suite to be one of Mozilla's three; {@code baseline} only warns
 * about those. A custom {@link TlsPolicy} may list its allowed suites instead, forbid suites by name, and forbid
 * further weakness classes (CBC).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsCiphersPolicy {

  /** The TLS 1.3 suites Mozilla's intermediate and modern profiles allow. */
  public static final Set<Integer> MOZILLA_TLS13 = Set.of(0x1301, 0x1302, 0x1303);

  private static final String FIX_FLOOR = "remove the suite (nginx: ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;)";
  private static final String FIX_INTERMEDIATE = "offer only ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: "
      + "ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
      + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;)";

  private TlsCiphersPolicy() {}

  /**
   * @param accepted the suites accepted per version
   * @param profile the TLS profile
   * @return one finding per accepted suite the profile does not allow
   */
  public static List<Finding> evaluate(Map<TlsVersion, List<CipherSuite>> accepted, TlsProfile profile) {
    return evaluate(accepted, TlsPolicy.of(profile));
  }

  /**
   * @param accepted the suites accepted per version
   * @param policy the rules in force
   * @return one finding per accepted suite the policy does not allow
   */
  public static List<Finding> evaluate(Map<TlsVersion, List<CipherSuite>> accepted, TlsPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    for (TlsVersion version : TlsVersion.values()) {
      for (CipherSuite suite : accepted.getOrDefault(version, List.of())) {
        List<String> floor = floorWeaknesses(suite);
        if (!floor.isEmpty()) {
          findings.add(Finding.fail(message(version, suite, String.join(", ", floor), "fails every profile"),
              FIX_FLOOR));
        } else if (policy.forbiddenSuites().contains(suite.name())) {
          findings.add(Finding.fail(message(version, suite, "forbidden by name", "the " + policy.name()
              + " profile rejects it"), FIX_FLOOR));
        } else if (suite.weaknesses().stream().anyMatch(policy.forbiddenWeaknesses()::contains)) {
          String forbidden = suite.weaknesses().stream().filter(policy.forbiddenWeaknesses()::contains).sorted()
              .map(SuiteWeakness::label).collect(Collectors.joining(", "));
          findings.add(Finding.fail(message(version, suite, forbidden, "the " + policy.name()
              + " profile rejects it"), FIX_FLOOR));
        } else if (policy.allowedSuites().isPresent() && !policy.allowedSuites().get().contains(suite.name())) {
          findings.add(Finding.fail(message(version, suite, "not in its allowed list", "the " + policy.name()
              + " profile rejects it"), "offer only the " + policy.name() + " profile's suites: "
              + String.join(", ", policy.allowedSuites().get())));
        } else if (policy.mozillaSuites().isPresent() && !allowedByMozilla(suite)) {
          Severity mozilla = policy.mozillaSuites().get();
          String why = suite.tls13() ? "not one of Mozilla's three TLS 1.3 suites"
              : String.join(", ", SuiteJudgement.weaknessLabels(suite)) + "; not ECDHE with AES-GCM or ChaCha20";
          findings.add(new Finding(mozilla, message(version, suite, why, "the " + policy.name()
              + " profile " + (mozilla == Severity.FAIL ? "rejects it" : "only warns")), FIX_INTERMEDIATE));
        }
      }
    }
    return findings;
  }

  private static boolean allowedByMozilla(CipherSuite suite) {
    return suite.tls13() ? MOZILLA_TLS13.contains(suite.code()) : suite.isEcdheAead();
  }

  private static List<String> floorWeaknesses(CipherSuite suite) {
    List<String> floor = new ArrayList<>();
    suite.weaknesses().stream().filter(SuiteWeakness::isFloor).sorted().forEach(w -> floor.add(w.label()));
    if (suite.isShortKey() && !suite.weaknesses().contains(SuiteWeakness.NULL)) {
      floor.add(suite.bits() + "-bit key");
    }
    return floor;
  }

  private static String message(TlsVersion version, CipherSuite suite, String why, String verdict) {
    return "a " + version.label() + " ClientHello offering " + suite.name() + " got a ServerHello choosing it ("
        + why + "): " + verdict;
  }
}
