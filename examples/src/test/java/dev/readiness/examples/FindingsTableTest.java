package dev.readiness.examples;

import static dev.readiness.check.Status.FAIL;
import static dev.readiness.check.Status.PASS;
import static dev.readiness.check.Status.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.check.Status;
import dev.readiness.demo.Misconfiguration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a findings table: faults per mode and as-found statuses. */
class FindingsTableTest {

  enum Report implements ReportFinding {
    NO_REDIRECT(FindingRow.verified("Mixed HTTP/HTTPS possible", Set.of(Misconfiguration.NO_HTTPS_REDIRECT),
        Map.of("https.redirect", FAIL))),
    NO_HSTS(FindingRow.verified("No HSTS", Set.of(Misconfiguration.HSTS_MISSING),
        Map.of("hsts.present", FAIL, "hsts.max-age", FAIL))),
    NO_DOCKERFILE(FindingRow.verified("No Dockerfile", Set.of(), Map.of("docker.user", SKIPPED))),
    STRENGTH(FindingRow.verified("CORS configured", Set.of(), Map.of("cors.wildcard", PASS)));

    private final FindingRow row;

    Report(FindingRow row) {
      this.row = row;
    }

    @Override
    public FindingRow row() {
      return row;
    }
  }

  enum Contradiction implements ReportFinding {
    FAILS(FindingRow.verified("No HSTS", Set.of(), Map.of("hsts.present", FAIL))),
    PASSES(FindingRow.verified("HSTS configured", Set.of(), Map.of("hsts.present", PASS)));

    private final FindingRow row;

    Contradiction(FindingRow row) {
      this.row = row;
    }

    @Override
    public FindingRow row() {
      return row;
    }
  }

  private final FindingsTable table = FindingsTable.of(Report.class);

  @Test
  void asFoundSwitchesOnTheFaultsOfVerifiedRowsAndHardenedNone() {
    assertThat(table.faults(StackMode.AS_FOUND))
        .containsExactly(Misconfiguration.HSTS_MISSING, Misconfiguration.NO_HTTPS_REDIRECT);
    assertThat(table.faults(StackMode.HARDENED)).isEmpty();
  }

  @Test
  void groupsTheVerifiedChecksByTheirAsFoundStatus() {
    assertThat(table.asFound(Status.FAIL)).containsExactly("hsts.max-age", "hsts.present", "https.redirect");
    assertThat(table.asFound(Status.SKIPPED)).containsExactly("docker.user");
    assertThat(table.asFound(Status.PASS)).containsExactly("cors.wildcard");
  }

  @Test
  void keepsEveryRowInTableOrder() {
    assertThat(table.rows()).extracting(FindingRow::finding).containsExactly("Mixed HTTP/HTTPS possible", "No HSTS",
        "No Dockerfile", "CORS configured");
    assertThat(table).hasToString("Report");
  }

  @Test
  void refusesATableThatGivesOneCheckTwoStatuses() {
    assertThatThrownBy(() -> FindingsTable.of(Contradiction.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hsts.present is FAIL in one row and PASS in another (HSTS configured)");
  }

  @Test
  void refusesARowWithoutChecksOrExpectingAnError() {
    assertThatThrownBy(() -> FindingRow.verified("Backups", Set.of(), Map.of()))
        .hasMessage("'Backups' must name its checks, none expected to ERROR");
    assertThatThrownBy(() -> FindingRow.verified("Down", Set.of(), Map.of("health.endpoint", Status.ERROR)))
        .hasMessage("'Down' must name its checks, none expected to ERROR");
  }
}
