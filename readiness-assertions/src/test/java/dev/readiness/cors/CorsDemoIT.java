package dev.readiness.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cors.* checks against the embedded demo stack: hardened, and one CORS misconfiguration at a time. */
class CorsDemoIT {

  private static final List<String> CORS_IDS = List.of("cors.allowed", "cors.wildcard", "cors.reflection",
      "cors.null-origin", "cors.bypass", "cors.credentials");

  private static Map<String, CheckResult> runCatalogue(DemoStack stack) throws IOException {
    StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-cors")));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(CheckCatalog.all(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  @Test
  void hardenedStackPassesEveryCorsCheckWithoutWarnings() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = runCatalogue(stack);

      CORS_IDS.forEach(id -> {
        assertThat(results.get(id).status()).as(id + ": " + results.get(id).message()).isEqualTo(Status.PASS);
        assertThat(results.get(id).outcome().warnings()).as(id).isEmpty();
      });
      assertThat(results.get("cors.allowed").message())
          .isEqualTo("every configured origin [https://app.example.com] is allowed");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CORS_WILDCARD | cors.wildcard | with Origin: https://app.example.com answered 200 with "
          + "Access-Control-Allow-Origin: *: any website may read this response, and the profile does not declare "
          + "the API public",
      "CORS_REFLECT_ANY_ORIGIN | cors.reflection | answered 200 with Access-Control-Allow-Origin: "
          + "https://readiness-",
      "CORS_REFLECT_ANY_ORIGIN | cors.bypass | is a look-alike (suffix match) of the allowed origin "
          + "https://app.example.com and is accepted; the stack echoes any origin (cors.reflection reports that too)",
      "CORS_NULL_ORIGIN | cors.null-origin | with Origin: null answered 200 with Access-Control-Allow-Origin: null: "
          + "any sandboxed iframe or data: URL sends Origin: null",
      "CORS_SUFFIX_MATCH | cors.bypass | https://evilapp.example.com is a look-alike (suffix match) of the allowed "
          + "origin https://app.example.com and is accepted",
      "CORS_CREDENTIALS_WITH_ANY_ORIGIN | cors.credentials | Access-Control-Allow-Origin: *, "
          + "Access-Control-Allow-Credentials: true: credentials with * are refused by browsers"})
  void eachCorsMisconfigurationFailsExactlyItsChecks(Misconfiguration fault, String id, String expected)
      throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(fault))) {
      Map<String, CheckResult> results = runCatalogue(stack);

      // a stack that echoes any origin also accepts every look-alike: cors.bypass fails with cors.reflection
      Set<String> failing = fault == Misconfiguration.CORS_REFLECT_ANY_ORIGIN
          ? Set.of("cors.reflection", "cors.bypass") : Set.of(id);
      assertThat(results.values().stream().filter(r -> r.status() != Status.PASS && r.status() != Status.SKIPPED)
          .map(r -> r.id() + " " + r.status() + ": " + r.message())).as(fault.name()).hasSize(failing.size())
          .allSatisfy(line -> assertThat(failing).anySatisfy(f -> assertThat(line).startsWith(f + " FAIL: ")));
      assertThat(results.get(id).status()).isEqualTo(Status.FAIL);
      assertThat(results.get(id).message()).contains(expected);
      assertThat(results.get(id).fix()).isNotBlank();
    }
  }
}
