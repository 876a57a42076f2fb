package dev.readiness.cli;

import dev.readiness.profile.ProfileException;
import dev.readiness.profile.StackProfile;
import dev.readiness.report.ReadinessReport;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readiness scan}: runs the kits against the stack a profile or a URL names and writes the report. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Runs the readiness checks against a running stack and writes the report.")
final class ScanCommand implements Callable<Integer> {

  @Option(names = "--profile", paramLabel = "FILE", description = "The stack profile (readiness.yaml).")
  Path profile;

  @Option(names = "--url", paramLabel = "URL", description = "The target URL; overrides the profile's target.url.")
  String url;

  @Option(names = "--checks", paramLabel = "IDS", description = "Comma-separated check ids to run (default: all).")
  String checks;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "readiness-report",
      description = "Where to write readiness-report.json, .md and .html (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "Which check runs and how long it has waited, on standard error: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}: rewritten in place on a terminal, plain lines otherwise).")
  ScanProgress.Mode progress;

  @Override
  public Integer call() {
    Optional<CheckSelection> selection;
    String targetName;
    try {
      selection = Optional.ofNullable(checks).map(CheckSelection::parse);
      targetName = validate();
    } catch (ProfileException | IllegalArgumentException e) {
      System.err.println("readiness: " + e.getMessage());
      return ExitCode.USAGE;
    }
    ReadinessReport report = ScanRunner.run(Optional.ofNullable(profile), Optional.ofNullable(url), selection,
        targetName, progress);
    return ReportOutput.print(report, format, out);
  }

  private String validate() {
    if (profile == null && url == null) {
      throw new IllegalArgumentException("scan needs --profile FILE or --url URL");
    }
    if (profile != null) {
      CommandPaths.requireReadableFile("--profile", profile);
    }
    StackProfile loaded = profile == null ? StackProfile.forTarget(Target.of(url)) : StackProfile.load(profile);
    String target = (url == null ? loaded : loaded.withUrl(url)).target().url().toString();
    CommandPaths.requireWritableDirectory("--out", out);
    return target;
  }
}
