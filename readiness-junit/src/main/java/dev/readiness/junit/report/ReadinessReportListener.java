package dev.readiness.junit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.report.JobSummary;
import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportFiles;
import dev.readiness.report.TargetGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the readiness report at the end of every JUnit run that ran readiness checks: {@code readiness-report.json}
 * (schema in docs/report-schema.md), {@code .md}, {@code .html} and {@code .sarif} in {@value #DEFAULT_DIRECTORY}, or
 * the directory named by the configuration parameter {@value #DIRECTORY_PROPERTY_NAME}, and logs one line naming the
 * HTML report. When the environment variable {@value #GITHUB_STEP_SUMMARY} names a file, the {@link JobSummary}
 * (failing and undecided checks first, then verdict and categories) is appended to it. A run without readiness
 * checks writes nothing.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so Maven,
 * Gradle and IDEs pick it up with {@code readiness-junit} on the test class path. Safe under parallel execution;
 * a report that cannot be written is logged, never thrown into the build.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReadinessReportListener implements TestExecutionListener {

  /** Configuration parameter naming the report directory: {@value}. */
  public static final String DIRECTORY_PROPERTY_NAME = "readiness.report.directory";

  /** The report directory when {@value #DIRECTORY_PROPERTY_NAME} is not set: {@value}. */
  public static final String DEFAULT_DIRECTORY = "target/readiness";

  /** The environment variable of GitHub Actions naming the job summary file: {@value}. */
  public static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  private static final Logger LOG = Logger.getLogger(ReadinessReportListener.class.getName());

  private final Function<String, String> environment;
  private volatile ReadinessResultCollector collector = new ReadinessResultCollector();
  private volatile Instant startedAt = Instant.now();
  private volatile long startedNanos = System.nanoTime();

  /** The listener the service loader creates; reads {@value #GITHUB_STEP_SUMMARY} from the environment. */
  public ReadinessReportListener() {
    this(System::getenv);
  }

  ReadinessReportListener(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    collector = new ReadinessResultCollector();
    startedAt = Instant.now();
    startedNanos = System.nanoTime();
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    collector.reportingEntryPublished(test, entry);
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    collector.executionSkipped(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    collector.executionFinished(test, result);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<TargetGroup> groups = collector.groups();
    if (groups.isEmpty()) {
      return;
    }
    ReadinessReport report = ReadinessReport.grouped(joined(collector.targets()), joined(collector.profiles()),
        startedAt, Duration.ofNanos(System.nanoTime() - startedNanos), groups,
        collector.traffic());
    Path directory = Path.of(testPlan.getConfigurationParameters().get(DIRECTORY_PROPERTY_NAME)
        .filter(s -> !s.isBlank()).orElse(DEFAULT_DIRECTORY));
    try {
      ReportFiles.write(report, directory);
      LOG.info(() -> endOfRunLine(report, directory));
      appendStepSummary(report);
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, e.getMessage(), e);
    }
  }

  /** @return the end-of-run log line: the verdict and the HTML report a person opens */
  static String endOfRunLine(ReadinessReport report, Path directory) {
    return "Readiness report (" + MarkdownReport.verdict(report) + "): open "
        + directory.resolve(ReportFiles.HTML).toAbsolutePath().normalize() + " (" + ReportFiles.JSON + ", "
        + ReportFiles.MARKDOWN + ", " + ReportFiles.SARIF + " beside it)";
  }

  private void appendStepSummary(ReadinessReport report) {
    String summary = environment.apply(GITHUB_STEP_SUMMARY);
    if (summary == null || summary.isBlank()) {
      return;
    }
    try {
      Files.writeString(Path.of(summary), JobSummary.render(report) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append the readiness summary to " + GITHUB_STEP_SUMMARY + " file "
          + summary + ": " + e.getMessage(), e);
    }
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? "(none)" : String.join(", ", values);
  }
}
