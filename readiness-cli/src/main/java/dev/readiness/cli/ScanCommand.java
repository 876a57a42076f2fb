package dev.readiness.cli;

import dev.readiness.profile.ProfileException;
import dev.readiness.profile.StackProfile;
import dev.readiness.report.ReadinessReport;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness scan}: runs the kits against the stack a profile or a URL names, or a Compose project it starts
 * ({@code --compose}, {@link ComposeScan}), and writes the report.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Runs the readiness checks against a running stack and writes the report.")
final class ScanCommand implements Callable<Integer> {

  @Option(names = "--profile", paramLabel = "FILE", description = "The stack profile (readiness.yaml).")
  Path profile;

  @Option(names = "--url", paramLabel = "URL", description = "The target URL; overrides the profile's target.url.")
  String url;

  @Option(names = "--compose", paramLabel = "FILE",
      description = "A Compose file to start with docker-compose, scan and take down again; needs --service.")
  Path compose;

  @Option(names = "--service", paramLabel = "NAME",
      description = "With --compose: the application service; its published port on 127.0.0.1 is the target.")
  String service;

  @Option(names = "--port", paramLabel = "PORT",
      description = "With --compose: the application's container port (default: the one port it publishes).")
  Integer port;

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
      if (compose != null) {
        Optional<StackProfile> loaded = validateCompose();
        return ComposeScan.run(compose, service, port == null ? OptionalInt.empty() : OptionalInt.of(port),
            Optional.ofNullable(profile), loaded, selection, progress, format, out);
      }
      targetName = validate();
    } catch (ProfileException | IllegalArgumentException e) {
      System.err.println("readiness: " + e.getMessage());
      return ExitCode.USAGE;
    }
    ReadinessReport report = ScanRunner.run(Optional.ofNullable(profile), Optional.ofNullable(url), selection,
        targetName, progress, Map.of());
    return ReportOutput.print(report, format, out);
  }

  private Optional<StackProfile> validateCompose() {
    if (url != null) {
      throw new IllegalArgumentException("--compose and --url both name the target; keep one (with --compose the "
          + "target is the --service's published port)");
    }
    if (service == null || service.isBlank()) {
      throw new IllegalArgumentException("--compose needs --service NAME, the application service of " + compose);
    }
    if (port != null && (port < 1 || port > 65535)) {
      throw new IllegalArgumentException("--port " + port + ": a port is from 1 to 65535");
    }
    CommandPaths.requireReadableFile("--compose", compose);
    Optional<StackProfile> loaded = Optional.empty();
    if (profile != null) {
      CommandPaths.requireReadableFile("--profile", profile);
      loaded = Optional.of(StackProfile.load(profile));
    }
    CommandPaths.requireWritableDirectory("--out", out);
    return loaded;
  }

  private String validate() {
    if (service != null || port != null) {
      throw new IllegalArgumentException((service != null ? "--service" : "--port") + " needs --compose FILE");
    }
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
