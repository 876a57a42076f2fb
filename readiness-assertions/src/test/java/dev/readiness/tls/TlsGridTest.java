package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlsGridTest {

  @Test
  void aRowPerAcceptedSuiteAndAColumnPerVersion() {
    CipherSuite modern = CipherSuites.all().stream().filter(CipherSuite::tls13).findFirst().orElseThrow();
    CipherSuite classic = CipherSuites.all().stream().filter(s -> !s.tls13()).findFirst().orElseThrow();
    TlsScan scan = new TlsScan("shop.example:443", Map.of(TlsVersion.TLS_1_3, List.of(modern),
        TlsVersion.TLS_1_2, List.of(classic), TlsVersion.TLS_1_0, List.of(classic)), List.of(), 120,
        Duration.ofMillis(300));

    Evidence grid = TlsGrid.of(scan);

    assertThat(grid.title()).isEqualTo("TLS versions x cipher suites accepted by shop.example:443");
    assertThat(grid.table()).containsExactly(
        List.of("suite", "SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"),
        List.of("(protocol version)", "-", "-", "accepted", "-", "accepted", "accepted"),
        List.of(classic.name(), "-", "-", "accepted", "-", "accepted", "-"),
        List.of(modern.name(), "-", "-", "-", "-", "-", "accepted"));
  }
}
