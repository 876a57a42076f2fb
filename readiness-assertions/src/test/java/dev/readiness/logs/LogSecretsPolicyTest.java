package dev.readiness.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The logs.secrets rule over log texts: which lines count, how they are counted and shown. */
class LogSecretsPolicyTest {

  private static final List<LogSecret> SECRETS = List.of(
      new LogSecret("the login password", "correct-horse"),
      new LogSecret("the access token", "eyJhbGciOiJIUzI1NiJ9.e30.sig"),
      new LogSecret("the value of cookie 'refresh'", "eyJhbGciOiJIUzI1NiJ9.e30.sig"),
      new LogSecret("a short one", "abc"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      GET /health -> 200                                      | 
      user alice logged in                                    | 
      the user typed abc                                      | 
      body {"password":"correct-horse"}                       | app logged the login password in 1 line, so anyone who reads the logs can log in as the user: body {"password":"<the login password>"}
      Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig       | app logged the access token in 1 line, so anyone who reads the logs can log in as the user: Authorization: Bearer <the access token>
      """)
  void findsTheRunsSecretsVerbatimAndShowsTheLineRedacted(String line, String expected) {
    List<Finding> findings = LogSecretsPolicy.evaluate(Map.of("app", "start\n" + line + "\n"), SECRETS);

    assertThat(findings.stream().map(Finding::message).toList())
        .isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      4 | 3
      1 | 1
      """)
  void countsEveryLineAndShowsAtMostThreeDistinctOnes(int leaking, int shown) {
    String logs = IntStream.range(0, leaking).mapToObj(i -> "login " + i + " correct-horse\n")
        .collect(Collectors.joining());

    Finding finding = LogSecretsPolicy.evaluate(Map.of("app", logs), SECRETS).get(0);

    assertThat(finding.message()).contains("the login password in " + leaking + (leaking == 1 ? " line" : " lines"));
    assertThat(finding.message().split(" \\| ")).hasSize(shown);
    assertThat(finding.message()).doesNotContain("correct-horse");
    assertThat(finding.fix()).isEqualTo(LogSecretsPolicy.FIX);
  }
}
