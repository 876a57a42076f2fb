package dev.readiness.cli;

import dev.readiness.demo.DemoStack;
import dev.readiness.report.ReadinessReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readiness demo}: starts the embedded demo stack, scans it with every kit and says where the report is. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Starts an embedded demo stack, scans it and writes the report.")
final class DemoCommand implements Callable<Integer> {

  /** The two shapes of the demo stack. */
  enum Mode {
    /** Every check passes. */
    hardened,
    /** Shaped like the stacks of the readiness reports: several checks fail. */
    misconfigured
  }

  @Option(names = "--mode", defaultValue = "hardened",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "readiness-report",
      description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "Which check runs and how long it has waited, on standard error: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}: rewritten in place on a terminal, plain lines otherwise).")
  ScanProgress.Mode progress;

  @Override
  public Integer call() {
    try {
      CommandPaths.requireWritableDirectory("--out", out);
    } catch (IllegalArgumentException e) {
      System.err.println("readiness: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try (DemoStack stack = mode == Mode.hardened ? DemoStack.hardened() : DemoStack.misconfigured()) {
      System.err.println("Demo stack (" + mode + ") at " + stack.httpsUrl() + " and " + stack.httpUrl());
      Path profile = stack.writeProfile(Files.createTempDirectory("readiness-demo"));
      ReadinessReport report = ScanRunner.run(Optional.of(profile), Optional.empty(), Optional.empty(),
          stack.httpsUrl().toString(), progress, Map.of());
      return ReportOutput.print(report, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
