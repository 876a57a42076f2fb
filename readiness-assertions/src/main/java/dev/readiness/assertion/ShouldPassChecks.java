package dev.readiness.assertion;

import dev.readiness.check.CheckResult;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;

/** The failure message for checks that did not pass: one entry per check with status, message and fix. */
final class ShouldPassChecks extends BasicErrorMessageFactory {

  ShouldPassChecks(String target, List<CheckResult> notPassing) {
    super("%nExpecting %s to pass every check but " + notPassing.size() + " did not:" + entries(notPassing),
        unquotedString(target));
  }

  private static String entries(List<CheckResult> results) {
    StringBuilder out = new StringBuilder();
    for (CheckResult r : results) {
      out.append("%n  ").append(r.id()).append(": ").append(r.status()).append(": ").append(escape(r.message()));
      if (!r.fix().isEmpty()) {
        out.append("%n    Fix: ").append(escape(r.fix()));
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("%", "%%");
  }
}
