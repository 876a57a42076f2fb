package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's fast path for {@code tls.*} selections gives the report the JUnit path gives. */
class DirectScanIT {

  private static final String TLS_CHECKS = "tls.protocols,tls.ciphers,tls.certificate.trust,"
      + "tls.certificate.hostname,tls.certificate.validity,tls.certificate.key,tls.certificate.signature";

  @TempDir
  Path dir;

  /** Times and durations differ from run to run; everything else must not. */
  private static String withoutTimes(ReadinessReport report) {
    return ReportJson.report(report)
        .replaceAll("\"(startedAt|durationMs)\" : [^,\\n]+", "\"$1\" : _")
        .replaceAll("ClientHellos in \\d+ ms", "ClientHellos in _ ms");
  }

  private static ReadinessReport assertSameReport(Optional<Path> profile, Optional<String> url, String checks, String target) {
    CheckSelection selection = CheckSelection.parse(checks);
    assertThat(DirectScan.covers(Optional.of(selection))).isTrue();

    ReadinessReport fast = DirectScan.run(profile, url, selection, target);
    ReadinessReport normal = ScanRunner.throughJUnit(profile, url, Optional.of(selection), target);

    assertThat(fast.results()).hasSize(checks.split(",").length);
    assertThat(withoutTimes(fast)).isEqualTo(withoutTimes(normal));
    return fast;
  }

  @Test
  void aHardenedStackGetsTheSameReportOnBothPaths() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      assertSameReport(Optional.of(stack.writeProfile(dir)), Optional.empty(), TLS_CHECKS,
          stack.httpsUrl().toString());
    }
  }

  @Test
  void failingSuitesGetTheSameReportOnBothPaths() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.TLS_LEGACY_SUITES))) {
      ReadinessReport report = assertSameReport(Optional.of(stack.writeProfile(dir)), Optional.empty(),
          "tls.ciphers, tls.protocols", stack.httpsUrl().toString());

      assertThat(report.results()).extracting(r -> r.id() + "=" + r.status())
          .containsExactly("tls.protocols=PASS", "tls.ciphers=FAIL");
    }
  }

  @Test
  void anUnreachableUrlGetsTheSameErrorsOnBothPaths() {
    ReadinessReport report = assertSameReport(Optional.empty(), Optional.of("https://127.0.0.1:1/"), TLS_CHECKS,
        "https://127.0.0.1:1/");

    assertThat(report.results()).allSatisfy(r -> assertThat(r.status().name()).isEqualTo("ERROR"));
  }

  @Test
  void otherSelectionsAndNoSelectionTakeTheJUnitPath() {
    assertThat(DirectScan.covers(Optional.of(CheckSelection.parse("tls.protocols,hsts.present")))).isFalse();
    assertThat(DirectScan.covers(Optional.empty())).isFalse();
  }
}
