package dev.readiness.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of one scan of a stack: the CLI's exit code (or -1 for a JUnit run) and each check's status and
 * message. The assertions name every check that broke the expectation with its status and message, so a failing
 * run says what the stack answered.
 *
 * @param stack how the stack is named
 * @param exitCode the CLI's exit code, -1 when the scan ran through {@code @ReadinessTest}
 * @param checks each check id with its result
 */
record ScanResult(String stack, int exitCode, Map<String, Check> checks) {

  /**
   * One check's result.
   *
   * @param status {@code PASS}, {@code FAIL}, {@code SKIPPED} or {@code ERROR}
   * @param message the check's message
   */
  record Check(String status, String message) {}

  /** Asserts READY: at least one PASS, every check PASS or SKIPPED (never ERROR or FAIL). */
  void assertReady() {
    assertThat(checks).as("checks run against %s", stack).isNotEmpty();
    assertThat(notIn(Set.of("PASS", "SKIPPED"))).as("checks of %s that are neither PASS nor SKIPPED", stack).isEmpty();
  }

  /** Asserts that exactly the checks {@code failing} FAIL and every other check PASSes or is SKIPPED. */
  void assertFailsOnly(Set<String> failing) {
    assertThat(checks).as("checks run against %s", stack).containsKeys(failing.toArray(String[]::new));
    assertThat(notIn(Set.of("PASS", "SKIPPED"))).as("checks of %s that are neither PASS nor SKIPPED (expected: %s FAIL)",
        stack, failing).allSatisfy((id, check) -> assertThat(failing).contains(id)).allSatisfy((id, check) ->
        assertThat(check.status()).as("%s of %s: %s", id, stack, check.message()).isEqualTo("FAIL"))
        .hasSameSizeAs(failing);
  }

  /** @return the ids of the checks with this status */
  Set<String> withStatus(String status) {
    return checks.entrySet().stream().filter(e -> e.getValue().status().equals(status)).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** @return one line per check that is neither PASS nor SKIPPED, for logs and reports */
  String summary() {
    return checks.size() + " checks, PASS " + withStatus("PASS").size() + ", FAIL " + withStatus("FAIL")
        + ", ERROR " + withStatus("ERROR") + ", SKIPPED " + withStatus("SKIPPED").size()
        + notIn(Set.of("PASS", "SKIPPED")).entrySet().stream()
            .map(e -> "\n  " + e.getKey() + " " + e.getValue().status() + ": " + e.getValue().message())
            .collect(Collectors.joining());
  }

  private Map<String, Check> notIn(Set<String> statuses) {
    return checks.entrySet().stream().filter(e -> !statuses.contains(e.getValue().status()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
  }
}
