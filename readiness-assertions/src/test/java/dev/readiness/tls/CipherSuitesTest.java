package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated registry: every IANA suite once, with the attributes its name states. */
class CipherSuitesTest {

  @Test
  void holdsEveryRegisteredSuiteOnceSplitIntoLegacyAndTls13() {
    List<CipherSuite> all = CipherSuites.all();

    assertThat(all).hasSize(350);
    assertThat(all).extracting(CipherSuite::code).doesNotHaveDuplicates();
    assertThat(CipherSuites.tls13()).hasSize(15).allMatch(CipherSuite::tls13);
    assertThat(CipherSuites.legacy()).hasSize(335).noneMatch(CipherSuite::tls13);
    assertThat(CipherSuites.offeredWith(TlsVersion.TLS_1_2)).isEqualTo(CipherSuites.legacy());
    assertThat(CipherSuites.offeredWith(TlsVersion.TLS_1_3)).isEqualTo(CipherSuites.tls13());
  }

  @Test
  void describesSuitesAsTheirNamesState() {
    assertThat(CipherSuites.byCode(0xC02F)).contains(new CipherSuite(0xC02F,
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", false, "ECDHE", "RSA", "AESGCM",
        128, "AEAD", Set.of()));
    assertThat(CipherSuites.byCode(0x0017)).contains(new CipherSuite(0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5",
        "-", false, "DH", "None", "RC4", 40, "MD5", Set.of(SuiteWeakness.ANON, SuiteWeakness.EXPORT,
            SuiteWeakness.RC4, SuiteWeakness.MD5)));
    assertThat(CipherSuites.byCode(0x1301)).contains(new CipherSuite(0x1301, "TLS_AES_128_GCM_SHA256",
        "TLS_AES_128_GCM_SHA256", true, "any", "any", "AESGCM", 128, "AEAD", Set.of()));
    assertThat(CipherSuites.byCode(0x000A).orElseThrow().weaknesses())
        .containsExactly(SuiteWeakness.TRIPLE_DES, SuiteWeakness.CBC);
    assertThat(CipherSuites.byCode(0x00FF)).as("signalling values are not suites").isEmpty();
  }
}
