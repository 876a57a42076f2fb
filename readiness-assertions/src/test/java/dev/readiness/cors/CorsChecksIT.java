package dev.readiness.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The six cors.* checks against MockWebServer scripts, one script per bypass class and header edge case. */
class CorsChecksIT {

  private static final String APP = "https://app.example.com";

  private MockWebServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** A scripted CORS policy: (method, Origin) to response header pairs. */
  private Map<String, CheckResult> run(String corsYaml, BiFunction<String, String, List<String>> script) {
    return run(corsYaml, script, 0);
  }

  /** As above, with every answer's status {@code status} (0: 200, and 204 to a preflight). */
  private Map<String, CheckResult> run(String corsYaml, BiFunction<String, String, List<String>> script,
      int status) {
    server = TlsMockServers.plain();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String origin = request.getHeaders().get("Origin");
        MockResponse.Builder response = new MockResponse.Builder()
            .code(status != 0 ? status : request.getMethod().equals("OPTIONS") ? 204 : 200);
        List<String> pairs = origin == null ? List.of() : script.apply(request.getMethod(), origin);
        for (int i = 0; i < pairs.size(); i += 2) {
          response.addHeader(pairs.get(i), pairs.get(i + 1));
        }
        return response.build();
      }
    });
    String yaml = "target:\n  url: " + server.url("/") + "\npaths:\n  home: /\n  protected: /api/rooms\n" + corsYaml;
    StackProfile profile = StackProfile.parse(yaml, Path.of("."), Map.of());
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(CheckCatalog.all().stream().filter(c -> c.category() == Category.CORS).toList(),
              session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  private static final String ONE_ORIGIN = "cors:\n  allowedOrigins: [" + APP + "]\n";

  private static List<String> hardened(String method, String origin) {
    return origin.equals(APP)
        ? List.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Credentials", "true", "Vary", "Origin")
        : List.of("Vary", "Origin");
  }

  private static Map<String, Status> statuses(Map<String, CheckResult> results) {
    return results.values().stream().collect(Collectors.toMap(CheckResult::id, CheckResult::status));
  }

  @Test
  void hardenedPolicyPassesAllSixChecksWithOneSharedProbeRun() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, CorsChecksIT::hardened);

    assertThat(statuses(results)).containsOnly(Map.entry("cors.allowed", Status.PASS),
        Map.entry("cors.wildcard", Status.PASS), Map.entry("cors.reflection", Status.PASS),
        Map.entry("cors.null-origin", Status.PASS), Map.entry("cors.bypass", Status.PASS),
        Map.entry("cors.credentials", Status.PASS));
    assertThat(results.get("cors.allowed").message()).isEqualTo("every configured origin [" + APP + "] is allowed");
    assertThat(results.get("cors.allowed").outcome().warnings()).isEmpty();
    // the plain control, then 1 allowed + 6 look-alikes + foreign + null, on two paths, simple and preflight: sent
    // once for six checks
    assertThat(server.getRequestCount()).isEqualTo(1 + 9 * 2 * 2);
    // the 37 exchanges, after one origin x request matrix of the same run
    List<Evidence> evidence = results.get("cors.reflection").outcome().evidence();
    assertThat(evidence).hasSize(1 + 37);
    List<List<String>> matrix = evidence.get(0).table();
    assertThat(matrix).hasSize(1 + 9).allSatisfy(row -> assertThat(row).hasSize(2 + 2 * 2));
    assertThat(matrix.get(0).subList(0, 2)).containsExactly("origin class", "Origin");
    assertThat(matrix.get(0).subList(2, 6)).allSatisfy(c -> assertThat(c).matches("(GET|OPTIONS) http.*"))
        .filteredOn(c -> c.endsWith(" (preflight)")).hasSize(2);
    assertThat(matrix).filteredOn(row -> row.get(1).equals(APP)).singleElement()
        .satisfies(row -> assertThat(row.subList(2, 6)).allSatisfy(c -> assertThat(c).contains("echoed")));
    assertThat(results.get("cors.allowed").outcome().evidence()).isEqualTo(evidence);
  }

  @Test
  void stackWithoutCorsPassesTheNegativeChecksButErrsOnBypassBecauseTheControlFails() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> List.of());

    assertThat(statuses(results)).containsEntry("cors.allowed", Status.FAIL)
        .containsEntry("cors.bypass", Status.ERROR).containsEntry("cors.wildcard", Status.PASS)
        .containsEntry("cors.reflection", Status.PASS).containsEntry("cors.null-origin", Status.PASS)
        .containsEntry("cors.credentials", Status.PASS);
    assertThat(results.get("cors.allowed").message()).isEqualTo("GET " + server.url("/") + " with Origin: " + APP
        + " answered 200 with no Access-Control-Allow-Origin: the configured allowed origin " + APP
        + " is refused");
    assertThat(results.get("cors.bypass").message())
        .startsWith("the positive control failed, so refused look-alikes prove nothing: GET ");
  }

  @Test
  void withoutConfiguredOriginsAllowedAndBypassAreSkippedAndTheOthersRun() {
    Map<String, CheckResult> results = run("", (method, origin) -> List.of());

    assertThat(results.get("cors.allowed").status()).isEqualTo(Status.SKIPPED);
    assertThat(results.get("cors.allowed").message())
        .isEqualTo("cors.allowedOrigins is not configured in the stack profile, so there is no allowed origin to check");
    assertThat(results.get("cors.bypass").status()).isEqualTo(Status.SKIPPED);
    assertThat(results.get("cors.reflection").status()).isEqualTo(Status.PASS);
    assertThat(server.getRequestCount()).isEqualTo(1 + 2 * 2 * 2);
  }

  @ParameterizedTest(name = "every request answered {0}")
  @ValueSource(ints = {403, 500})
  void aStackThatRefusesOrFailsEveryRequestMakesEveryCorsCheckAnError(int status) {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> List.of(), status);

    assertThat(results).hasSize(6);
    results.values().forEach(r -> {
      assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.ERROR);
      assertThat(r.message()).as(r.id()).isEqualTo("the positive control failed: GET " + server.url("/")
          + " without an Origin answered " + status + ": expected 2xx or 3xx, so missing CORS headers would prove "
          + "nothing (a stack that refuses or fails every request sends none); check paths.home and that the stack "
          + "is up");
    });
  }

  @Test
  void wildcardFailsUnlessTheApiIsDeclaredPublic() {
    BiFunction<String, String, List<String>> star = (method, origin) -> List.of("Access-Control-Allow-Origin", "*");

    Map<String, CheckResult> results = run(ONE_ORIGIN, star);

    assertThat(statuses(results)).containsEntry("cors.wildcard", Status.FAIL).containsEntry("cors.allowed", Status.PASS)
        .containsEntry("cors.reflection", Status.PASS).containsEntry("cors.null-origin", Status.PASS)
        .containsEntry("cors.bypass", Status.PASS).containsEntry("cors.credentials", Status.PASS);
    assertThat(results.get("cors.wildcard").message()).isEqualTo("GET " + server.url("/") + " with Origin: " + APP
        + " answered 200 with Access-Control-Allow-Origin: *: any website may read this response, and the profile "
        + "does not declare the API public (and 35 more)");

    Map<String, CheckResult> publicApi = run("cors:\n  allowedOrigins: [" + APP + "]\n  public: true\n", star);
    assertThat(publicApi.get("cors.wildcard").status()).isEqualTo(Status.PASS);
  }

  @Test
  void reflectionOfAnyOriginWithCredentialsFailsReflectionAndBypassWhoseLookAlikesAreAccepted() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> origin.equals("null") ? List.of()
        : List.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Credentials", "true", "Vary",
            "Origin"));

    assertThat(results.get("cors.reflection").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("cors.reflection").message()).matches("GET \\S+ with Origin: https://readiness-[a-z]{12}"
        + "\\.example answered 200 with Access-Control-Allow-Origin: https://readiness-[a-z]{12}\\.example, "
        + "Access-Control-Allow-Credentials: true: the stack "
        + "echoes an arbitrary Origin, so any website may read its responses, with the user's cookies "
        + "\\(Access-Control-Allow-Credentials: true\\) \\(and 3 more\\)");
    assertThat(results.get("cors.bypass").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("cors.bypass").findings()).hasSize(24).allSatisfy(f -> assertThat(f.message())
        .contains(" and is accepted, with the user's cookies (Access-Control-Allow-Credentials: true); the stack "
            + "echoes any origin (cors.reflection reports that too)"));
    assertThat(results.get("cors.bypass").message()).doesNotContain("was refused");
    assertThat(results.get("cors.null-origin").status()).isEqualTo(Status.PASS);
  }

  @Test
  void reflectionOnlyInPreflightsIsCaught() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> method.equals("OPTIONS")
        && origin.startsWith("https://readiness-")
        ? List.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods", "POST",
            "Access-Control-Allow-Headers", "Authorization")
        : hardened(method, origin));

    assertThat(results.get("cors.reflection").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("cors.reflection").message()).startsWith("OPTIONS " + server.url("/") + " (preflight: "
        + "Access-Control-Request-Method: POST, Access-Control-Request-Headers: Authorization) with Origin: https://");
    assertThat(results.get("cors.reflection").outcome().warnings()).extracting(Finding::message)
        .singleElement().asString().endsWith("but no Vary: Origin");
  }

  @Test
  void nullOriginFailsOnlyNullOrigin() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> origin.equals("null")
        ? List.of("Access-Control-Allow-Origin", "null", "Vary", "Origin") : hardened(method, origin));

    assertThat(statuses(results)).containsEntry("cors.null-origin", Status.FAIL)
        .containsEntry("cors.reflection", Status.PASS).containsEntry("cors.bypass", Status.PASS)
        .containsEntry("cors.credentials", Status.PASS).containsEntry("cors.allowed", Status.PASS);
    assertThat(results.get("cors.null-origin").message()).isEqualTo("GET " + server.url("/") + " with Origin: null "
        + "answered 200 with Access-Control-Allow-Origin: null: any sandboxed iframe or data: URL sends Origin: "
        + "null, so any website may read this response (and 3 more)");
  }

  @ParameterizedTest
  @CsvSource({
      "https://evilapp.example.com, suffix match",
      "https://app.example.com.evil.example, prefix match",
      "https://appxexample.com, unescaped dot",
      "https://app.example.co, substring match",
      "https://evil.app.example.com, any subdomain",
      "http://app.example.com, https origin trusts http"})
  void eachBypassClassFailsOnlyBypass(String lookAlike, String label) {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> origin.equals(lookAlike)
        ? List.of("Access-Control-Allow-Origin", origin, "Vary", "Origin") : hardened(method, origin));

    assertThat(statuses(results)).containsEntry("cors.bypass", Status.FAIL)
        .containsEntry("cors.reflection", Status.PASS).containsEntry("cors.null-origin", Status.PASS)
        .containsEntry("cors.credentials", Status.PASS).containsEntry("cors.allowed", Status.PASS)
        .containsEntry("cors.wildcard", Status.PASS);
    assertThat(results.get("cors.bypass").message()).isEqualTo("GET " + server.url("/") + " with Origin: "
        + lookAlike + " answered 200 with Access-Control-Allow-Origin: " + lookAlike + ": " + lookAlike
        + " is a look-alike (" + label + ") of the allowed origin " + APP + " and is accepted (and 3 more)");
    assertThat(results.get("cors.bypass").fix()).startsWith("Compare Origin with the configured origins by exact");
  }

  @Test
  void credentialsWithTheWildcardFailCredentialsAndOnlyWarnInWildcard() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> List.of(
        "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", "true"));

    assertThat(statuses(results)).containsEntry("cors.credentials", Status.FAIL)
        .containsEntry("cors.wildcard", Status.PASS).containsEntry("cors.allowed", Status.PASS)
        .containsEntry("cors.reflection", Status.PASS).containsEntry("cors.bypass", Status.PASS);
    assertThat(results.get("cors.credentials").message()).isEqualTo("GET " + server.url("/") + " with Origin: "
        + APP + " answered 200 with Access-Control-Allow-Origin: *, Access-Control-Allow-Credentials: true: "
        + "credentials with * are refused by browsers and show the stack means to share credentialed responses "
        + "with any origin (and 35 more)");
    assertThat(results.get("cors.wildcard").outcome().warnings()).hasSize(36);
  }

  @Test
  void credentialsForALookAlikeFailBothBypassAndCredentials() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> origin.endsWith("example.com")
        ? List.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Credentials", "true", "Vary", "Origin")
        : List.of());

    assertThat(results.get("cors.credentials").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("cors.credentials").message()).contains("with Origin: https://evilapp.example.com")
        .contains("which is not a configured origin, may read responses with the user's cookies");
    assertThat(results.get("cors.bypass").message()).contains("with the user's cookies");
  }

  @Test
  void aListOfOriginsGrantsNothingAndFailsAllowedWithTheReason() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> List.of(
        "Access-Control-Allow-Origin", APP + ", https://other.example.com"));

    assertThat(results.get("cors.allowed").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("cors.allowed").message()).endsWith(": Access-Control-Allow-Origin must hold exactly "
        + "one origin; a list or repeated header grants nothing");
    assertThat(results.get("cors.bypass").status()).isEqualTo(Status.ERROR);
  }

  @Test
  void echoingTheAllowedOriginWithoutVaryPassesWithAWarning() {
    Map<String, CheckResult> results = run(ONE_ORIGIN, (method, origin) -> origin.equals(APP)
        ? List.of("Access-Control-Allow-Origin", origin) : List.of());

    assertThat(results.get("cors.allowed").status()).isEqualTo(Status.PASS);
    assertThat(results.get("cors.allowed").outcome().warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("GET " + server.url("/") + " with Origin: " + APP
            + " answered 200 with Access-Control-Allow-Origin: " + APP + " but no Vary: Origin"));
  }
}
