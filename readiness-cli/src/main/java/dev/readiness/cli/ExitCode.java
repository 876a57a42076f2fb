package dev.readiness.cli;

import dev.readiness.report.ReadinessReport;

/** The command line's exit codes, as documented in the README and docs/cli.md. */
final class ExitCode {

  /** Every check passed or was skipped. */
  static final int READY = 0;
  /** At least one check failed. */
  static final int FAILED = 1;
  /** The command line or the profile was invalid; nothing was probed. */
  static final int USAGE = 2;
  /** At least one check could not decide, and none failed. */
  static final int UNDECIDED = 3;

  private ExitCode() {}

  static int of(ReadinessReport report) {
    if (report.hasFailures()) {
      return FAILED;
    }
    return report.hasErrors() ? UNDECIDED : READY;
  }
}
