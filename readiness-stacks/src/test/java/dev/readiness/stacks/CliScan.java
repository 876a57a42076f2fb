package dev.readiness.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.ReadinessCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scans a running stack through the command line ({@code readiness scan --profile ... --format json}), in this JVM,
 * and reads back {@code readiness-report.json}: what a user of the CLI would get.
 */
final class CliScan {

  private CliScan() {}

  /**
   * @param stack the stack to scan, with its profile
   * @param checks the check ids to run; none for the full standard kit
   * @return the exit code and the result of every check, in report order
   */
  static ScanResult run(RunningStack stack, List<String> checks) throws IOException {
    Path out = Files.createTempDirectory(stack.dir(), "report");
    List<String> args = new java.util.ArrayList<>(List.of("scan", "--profile", stack.profile().toString(),
        "--format", "text", "--out", out.toString()));
    if (!checks.isEmpty()) {
      args.add("--checks");
      args.add(String.join(",", checks));
    }
    int exit = ReadinessCommand.execute(args.toArray(String[]::new));
    JsonNode report = new ObjectMapper().readTree(out.resolve("readiness-report.json").toFile());
    Map<String, ScanResult.Check> results = new LinkedHashMap<>();
    report.path("results").forEach(r -> results.put(r.path("id").asText(),
        new ScanResult.Check(r.path("status").asText(), r.path("message").asText())));
    return new ScanResult(stack.name(), exit, results);
  }
}
