package dev.readiness.tls;

import dev.readiness.check.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A TLS scan as one table: a row per cipher suite that any version accepted (then a row saying which versions the
 * listener speaks at all), a column per version from SSLv2 to TLS 1.3, {@code accepted} or {@code -} in each cell.
 * Suites no version accepted are left out: every suite the scan knows was offered to every version.
 */
final class TlsGrid {

  private TlsGrid() {}

  /** @return the grid of the scan */
  static Evidence of(TlsScan scan) {
    List<String> header = new ArrayList<>(List.of("suite"));
    for (TlsVersion version : TlsVersion.values()) {
      header.add(version.label());
    }
    Set<CipherSuite> suites = new LinkedHashSet<>();
    for (TlsVersion version : TlsVersion.values()) {
      suites.addAll(scan.suites(version));
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> spoken = new ArrayList<>(List.of("(protocol version)"));
    for (TlsVersion version : TlsVersion.values()) {
      spoken.add(scan.protocols().contains(version) ? "accepted" : "-");
    }
    rows.add(spoken);
    for (CipherSuite suite : suites) {
      List<String> row = new ArrayList<>(List.of(suite.name()));
      for (TlsVersion version : TlsVersion.values()) {
        row.add(scan.suites(version).contains(suite) ? "accepted" : "-");
      }
      rows.add(row);
    }
    return Evidence.table("TLS versions x cipher suites accepted by " + scan.endpoint(), header, rows);
  }
}
