package dev.readiness.cli;

import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Prints the report in the chosen format, writes the report files, and says where they are. */
final class ReportOutput {

  private ReportOutput() {}

  /** @return the exit code for the report, or {@link ExitCode#USAGE} when the files cannot be written */
  static int print(ReadinessReport report, ReportFormat format, Path out) {
    System.out.print(format.render(report));
    try {
      ReportFiles.write(report, out);
      System.err.println("Report written: open " + out.resolve(ReportFiles.HTML).toAbsolutePath().normalize()
          + " (" + ReportFiles.JSON + ", " + ReportFiles.MARKDOWN + ", " + ReportFiles.SARIF + " beside it)");
    } catch (UncheckedIOException e) {
      System.err.println("readiness: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.of(report);
  }
}
