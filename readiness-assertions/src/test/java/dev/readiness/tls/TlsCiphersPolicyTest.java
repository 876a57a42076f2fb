package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.profile.TlsProfile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TlsCiphersPolicyTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(TlsVersion.TLS_1_2, 0xC02F, TlsProfile.INTERMEDIATE, null, ""),
        Arguments.of(TlsVersion.TLS_1_3, 0x1301, TlsProfile.MODERN, null, ""),
        Arguments.of(TlsVersion.TLS_1_2, 0x000A, TlsProfile.BASELINE, Severity.FAIL, "(3DES): fails every profile"),
        Arguments.of(TlsVersion.TLS_1_2, 0x0005, TlsProfile.BASELINE, Severity.FAIL, "(RC4): fails every profile"),
        Arguments.of(TlsVersion.TLS_1_2, 0x0001, TlsProfile.BASELINE, Severity.FAIL,
            "(NULL encryption, MD5 MAC): fails every profile"),
        Arguments.of(TlsVersion.TLS_1_2, 0x00A6, TlsProfile.INTERMEDIATE, Severity.FAIL, "(anonymous key exchange"),
        Arguments.of(TlsVersion.TLS_1_0, 0x0003, TlsProfile.BASELINE, Severity.FAIL, "EXPORT grade"),
        Arguments.of(TlsVersion.TLS_1_2, 0x009C, TlsProfile.INTERMEDIATE, Severity.FAIL,
            "(RSA key exchange; not ECDHE with AES-GCM or ChaCha20): the intermediate profile rejects it"),
        Arguments.of(TlsVersion.TLS_1_2, 0x009C, TlsProfile.BASELINE, Severity.WARNING,
            "the baseline profile only warns"),
        Arguments.of(TlsVersion.TLS_1_2, 0xC027, TlsProfile.INTERMEDIATE, Severity.FAIL, "(CBC mode; not ECDHE"),
        Arguments.of(TlsVersion.TLS_1_2, 0x009E, TlsProfile.MODERN, Severity.FAIL, "(DHE key exchange;"),
        Arguments.of(TlsVersion.TLS_1_3, 0x1304, TlsProfile.INTERMEDIATE, Severity.FAIL,
            "(not one of Mozilla's three TLS 1.3 suites)"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void judgesEachSuitePerProfile(TlsVersion version, int code, TlsProfile profile, Severity severity,
      String fragment) {
    CipherSuite suite = CipherSuites.byCode(code).orElseThrow();

    List<Finding> findings = TlsCiphersPolicy.evaluate(Map.of(version, List.of(suite)), profile);

    if (severity == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.message()).startsWith("a " + version.label() + " ClientHello offering " + suite.name())
            .contains(fragment);
        assertThat(f.fix()).contains("nginx: ssl_ciphers");
      });
    }
  }
}
