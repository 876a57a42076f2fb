package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.profile.TlsProfile;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TlsProtocolsPolicyTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(EnumSet.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3), TlsProfile.INTERMEDIATE, List.of()),
        Arguments.of(EnumSet.of(TlsVersion.TLS_1_3), TlsProfile.MODERN, List.of()),
        Arguments.of(EnumSet.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3), TlsProfile.MODERN, List.of(
            "a TLSv1.2 ClientHello got a ServerHello: the modern profile allows TLS 1.3 only")),
        Arguments.of(EnumSet.of(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2), TlsProfile.BASELINE, List.of(
            "a TLSv1.0 ClientHello got a ServerHello: TLSv1.0 is deprecated (RFC 8996) and fails every profile")),
        Arguments.of(EnumSet.of(TlsVersion.SSL_3_0), TlsProfile.INTERMEDIATE, List.of(
            "ClientHellos for TLS 1.2 and TLS 1.3 were both refused; accepted: [SSLv3]; clients need TLS 1.2 or 1.3",
            "a SSLv3 ClientHello got a ServerHello: SSLv3 is deprecated (RFC 8996) and fails every profile")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void judgesAcceptedVersionsPerProfile(EnumSet<TlsVersion> accepted, TlsProfile profile, List<String> expected) {
    List<Finding> findings = TlsProtocolsPolicy.evaluate(accepted, profile);

    assertThat(findings).extracting(Finding::message).containsExactlyElementsOf(expected);
    assertThat(findings).allMatch(Finding::isBlocking);
  }
}
