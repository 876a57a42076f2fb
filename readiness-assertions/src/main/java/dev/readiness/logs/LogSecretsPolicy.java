package dev.readiness.logs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code logs.secrets} rule: no log line of any container holds a secret of the run (the password, an issued
 * token, a cookie value), verbatim; a value that is two secrets (a refresh token sent as a cookie) counts once, as the
 * first. Secrets shorter than {@link LogSecret#MIN_LENGTH} are not looked for. Each
 * finding shows up to {@link #SHOWN_LINES} offending lines with every secret replaced by {@code <kind>}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LogSecretsPolicy {

  /** How many offending lines a finding shows. */
  public static final int SHOWN_LINES = 3;

  /** The fix of every finding. */
  public static final String FIX = "Never log credentials: log the user id, not the request body or the Authorization "
      + "and Cookie headers; mask secrets in the logger (a redacting layout, pino's redact, a logback mask)";

  private static final int LINE_LIMIT = 240;

  private LogSecretsPolicy() {}

  /**
   * @param logs each container's label to its log text
   * @param secrets the run's secrets
   * @return one blocking finding per container whose logs hold a secret
   */
  public static List<Finding> evaluate(Map<String, String> logs, List<LogSecret> secrets) {
    Map<String, LogSecret> byValue = new LinkedHashMap<>();
    secrets.stream().filter(s -> s.value().length() >= LogSecret.MIN_LENGTH)
        .forEach(s -> byValue.putIfAbsent(s.value(), s));
    List<LogSecret> sought = List.copyOf(byValue.values());
    List<Finding> findings = new ArrayList<>();
    logs.forEach((container, text) -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Set<String> shown = new LinkedHashSet<>();
      for (String line : text.split("\r?\n")) {
        List<LogSecret> found = sought.stream().filter(s -> line.contains(s.value())).toList();
        if (found.isEmpty()) {
          continue;
        }
        found.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        if (shown.size() < SHOWN_LINES) {
          shown.add(redacted(line, sought));
        }
      }
      if (!counts.isEmpty()) {
        findings.add(Finding.fail(container + " logged " + String.join(", ", counts.entrySet().stream()
            .map(e -> e.getKey() + " in " + e.getValue() + (e.getValue() == 1 ? " line" : " lines")).toList())
            + ", so anyone who reads the logs can log in as the user: " + String.join(" | ", shown), FIX));
      }
    });
    return findings;
  }

  /**
   * @param line a log line
   * @param secrets the secrets to hide
   * @return the line with each secret replaced by {@code <kind>}, cut to 240 characters
   */
  public static String redacted(String line, List<LogSecret> secrets) {
    String text = line.strip();
    List<LogSecret> longestFirst = secrets.stream()
        .sorted((a, b) -> Integer.compare(b.value().length(), a.value().length())).toList();
    for (LogSecret secret : longestFirst) {
      text = text.replace(secret.value(), "<" + secret.kind() + ">");
    }
    return text.length() <= LINE_LIMIT ? text : text.substring(0, LINE_LIMIT - 3) + "...";
  }
}
