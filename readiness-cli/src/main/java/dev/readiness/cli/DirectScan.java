package dev.readiness.cli;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Outcome;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.http.Traffic;
import dev.readiness.report.ReadinessReport;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line's fast path for a selection made only of {@code tls.*} checks: it runs them through
 * {@link CheckRunner} in catalogue order against one {@link TargetSession}, which is what the JUnit Platform would do
 * for {@link ScanSuite} (no waivers, no settings, the TLS kit's methods in catalogue order), without starting the
 * launcher, discovering the kits or initialising the engine. The report is the same as the JUnit path's: the same
 * profile lookup ({@code --profile} or none, then {@code --url}), the same results in report order, and a session
 * that cannot be opened gives every selected check the same ERROR row the JUnit path's collector writes.
 */
final class DirectScan {

  private static final String TLS_AREA = "tls.";

  private DirectScan() {}

  /** @return whether the selection can be run on the fast path: every selected check is a {@code tls.*} check */
  static boolean covers(Optional<CheckSelection> selection) {
    return selection.map(s -> s.ids().stream().allMatch(id -> id.startsWith(TLS_AREA))).orElse(false);
  }

  /**
   * @param profile the profile file, or empty for the URL alone
   * @param url the URL override, or empty
   * @param selection the checks to run, all {@code tls.*}
   * @param targetName how the report names the target
   * @return the report of the run
   */
  static ReadinessReport run(Optional<Path> profile, Optional<String> url, CheckSelection selection,
      String targetName) {
    List<Check> checks = CheckCatalog.all().stream().filter(c -> selection.ids().contains(c.id())).toList();
    Instant started = Instant.now();
    List<CheckResult> results = new ArrayList<>();
    Traffic traffic = Traffic.NONE;
    try (TargetSession session = TargetSession.open(profile(profile, url))) {
      checks.forEach(check -> results.add(CheckRunner.run(check, session)));
      traffic = session.traffic();
    } catch (RuntimeException e) {
      results.clear();
      checks.forEach(check -> results.add(new CheckResult(check.id(), check.title(), check.category(),
          Outcome.error(e.getMessage(), List.of()), Duration.ZERO)));
    }
    Duration took = Duration.between(started, Instant.now());
    return new ReadinessReport(targetName, profile.map(Path::toString).orElse("(none)"), started, took,
        CheckCatalog.inReportOrder(results), traffic);
  }

  private static StackProfile profile(Optional<Path> file, Optional<String> url) {
    if (file.isPresent()) {
      StackProfile loaded = StackProfile.load(file.get().toAbsolutePath());
      return url.map(loaded::withUrl).orElse(loaded);
    }
    return StackProfile.forTarget(Target.of(url.orElseThrow()));
  }
}
