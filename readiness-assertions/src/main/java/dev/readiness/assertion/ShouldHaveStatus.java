package dev.readiness.assertion;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Status;
import org.assertj.core.error.BasicErrorMessageFactory;

/** The failure message for a check that ended in another status than expected: verdict, message, fix, evidence. */
final class ShouldHaveStatus extends BasicErrorMessageFactory {

  ShouldHaveStatus(CheckResult actual, Status expected) {
    super("%nExpecting check %s to be %s but it was %s:%n  %s" + fix(actual) + evidence(actual),
        unquotedString(actual.id()), expected, actual.status(), unquotedString(actual.message()));
  }

  private static String fix(CheckResult result) {
    return result.fix().isEmpty() ? "" : "%nFix: " + escape(result.fix());
  }

  private static String evidence(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Evidence e : result.evidence()) {
      out.append("%n  - ").append(escape(e.title()));
    }
    return out.length() == 0 ? "" : "%nEvidence:" + out;
  }

  private static String escape(String text) {
    return text.replace("%", "%%");
  }
}
