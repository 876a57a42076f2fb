package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Writes the report files into a directory: {@code readiness-report.json}, {@code readiness-report.md},
 * {@code readiness-report.html} and {@code readiness-report.sarif}. The command line and JUnit runs write the same
 * four files.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportFiles {

  /** The JSON report's file name. */
  public static final String JSON = "readiness-report.json";
  /** The Markdown report's file name. */
  public static final String MARKDOWN = "readiness-report.md";
  /** The HTML report's file name: one self-contained page. */
  public static final String HTML = "readiness-report.html";
  /** The SARIF 2.1.0 log's file name, for GitHub code scanning and other CI tools. */
  public static final String SARIF = "readiness-report.sarif";

  private ReportFiles() {}

  /**
   * @param report the report
   * @param directory where to write; created when missing
   * @return the path of the JSON report
   * @throws UncheckedIOException naming the directory when it cannot be written
   */
  public static Path write(ReadinessReport report, Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(MARKDOWN), MarkdownReport.render(report), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(SARIF), SarifReport.render(report), StandardCharsets.UTF_8);
      Path json = directory.resolve(JSON);
      Files.writeString(json, ReportJson.report(report), StandardCharsets.UTF_8);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the readiness report to " + directory + ": " + e.getMessage(), e);
    }
  }
}
