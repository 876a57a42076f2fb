package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.demo.TokenSigning;
import dev.readiness.http.Redactor;
import dev.readiness.jwt.TokenForgeries;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The authentication and token checks against the embedded demo stack, hardened and with one fault each. */
class AuthChecksIT {

  private static final List<String> IDS = List.of("auth.required", "jwt.lifetime", "jwt.algorithm",
      "jwt.signature-enforced", "jwt.secret", "auth.refresh-rotation", "auth.default-credentials");

  private static Map<String, CheckResult> run(DemoStack stack) throws IOException {
    return run(stack, IDS);
  }

  private static Map<String, CheckResult> run(DemoStack stack, List<String> ids) throws IOException {
    StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-auth-it")));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(ids.stream().map(CheckCatalog::require).toList(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  @Test
  void hardenedStackPassesEveryAuthCheckDespiteItsLoginThrottle() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = run(stack);

      assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message())
          .isEqualTo(Status.PASS));
      assertThat(results.get("auth.default-credentials").message())
          .startsWith("none of 12 default pairs logs in; the real credentials do (the login limiter refused ");
      assertThat(results.get("auth.default-credentials").evidence())
          .as("the throttle answered 429 and the check waited it out")
          .anySatisfy(e -> assertThat(e.title()).contains(" -> 429 ("));
      assertThat(results.get("jwt.signature-enforced").message()).endsWith("all 11 forged variants rejected");
      String everything = results.values().stream().map(Object::toString).collect(Collectors.joining("\n"));
      assertThat(everything).doesNotContain(DemoStack.password()).doesNotContain("eyJ");
    }
  }

  @Test
  void hardenedEs256StackPassesAndRejectsTheAllZeroSignature() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(), TokenSigning.ES256)) {
      Map<String, CheckResult> results = run(stack);

      results.values().stream().filter(r -> !r.id().equals("jwt.secret")).forEach(r ->
          assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.PASS));
      assertThat(results.get("jwt.secret").status()).isEqualTo(Status.SKIPPED);
      assertThat(results.get("jwt.secret").message())
          .isEqualTo("the access token is signed with ES256, not HMAC, so there is no shared secret to guess");
      assertThat(results.get("jwt.algorithm").message()).isEqualTo("the access token is signed with ES256");
      assertThat(results.get("jwt.signature-enforced").message()).endsWith("all 12 forged variants rejected");
    }
  }

  @Test
  void psychicSignatureFailureNamesTheCveInItsFix() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.JWT_ES256_PSYCHIC_SIGNATURE))) {
      CheckResult result = run(stack, List.of("jwt.signature-enforced")).get("jwt.signature-enforced");

      assertThat(result.status()).isEqualTo(Status.FAIL);
      assertThat(result.findings()).singleElement().satisfies(f ->
          assertThat(f.fix()).isEqualTo(TokenForgeries.ECDSA_RANGE_FIX));
    }
  }

  @Test
  void tokenSourceFromTheTestReplacesTheProfileLogin() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-auth-it")));
      try (TargetSession session = TargetSession.open(profile)) {
        session.shared().computeIfAbsent(TokenSource.SHARED_KEY, TokenSource.class, () -> () -> new IssuedTokens(
            "not-a-token-of-this-stack", java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.empty()));

        CheckResult result = CheckRunner.runAll(List.of(CheckCatalog.require("auth.required")), session).get(0);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.message()).isEqualTo("GET " + stack.httpsUrl() + "api/rooms -> 401 with the real access "
            + "token: expected 2xx (positive control), so the check cannot judge the stack");
        assertThat(result.evidence()).noneSatisfy(e -> assertThat(e.title()).contains("/api/auth/login"));
      }
    }
  }

  static List<Arguments> faults() {
    return List.of(
        Arguments.of(Misconfiguration.PROTECTED_ROUTE_OPEN, "auth.required",
            "without credentials: expected 401 or 403, so the endpoint is reachable without logging in"),
        Arguments.of(Misconfiguration.JWT_LONG_LIFETIME, "jwt.lifetime",
            "the access token lives 7 days (exp - iat), longer than the maximum of 15 minutes"),
        Arguments.of(Misconfiguration.JWT_NO_EXP, "jwt.lifetime",
            "the access token never expires: it has no exp claim, so a stolen token works forever"),
        Arguments.of(Misconfiguration.JWT_SIGNATURE_NOT_VERIFIED, "jwt.signature-enforced",
            "with the real token altered (a claim added under the original signature): expected 401, so the "
                + "signature is not verified and anyone can forge tokens (and 10 more)"),
        Arguments.of(Misconfiguration.JWT_WEAK_SECRET, "jwt.secret",
            "the access token's HS256 signature verifies with a 6-character secret from the built-in wordlist "
                + "(jwt-secrets.txt line 8), so anyone can forge tokens"),
        Arguments.of(Misconfiguration.REFRESH_REUSABLE, "auth.refresh-rotation",
            "on the second use of the same refresh token: expected 401, so a stolen refresh token keeps working"),
        Arguments.of(Misconfiguration.DEFAULT_CREDENTIALS, "auth.default-credentials",
            "with the default pair admin/<redacted>: the stack logs it in, so anyone can"),
        Arguments.of(Misconfiguration.JWT_ES256_PSYCHIC_SIGNATURE, "jwt.signature-enforced",
            "with the real token altered (an all-zero ES256 signature (CVE-2022-21449)): expected 401, so the "
                + "signature is not verified and anyone can forge tokens"));
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @MethodSource("faults")
  void eachFaultFailsExactlyItsCheck(Misconfiguration fault, String id, String message) throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(fault))) {
      Map<String, CheckResult> results = run(stack);

      assertThat(results.get(id).status()).as(results.get(id).message()).isEqualTo(Status.FAIL);
      assertThat(results.get(id).message()).contains(message);
      assertThat(results.get(id).fix()).isNotBlank();
      results.values().stream().filter(r -> !r.id().equals(id)).forEach(r ->
          assertThat(r.status()).as(r.id() + ": " + r.message()).isIn(Status.PASS, Status.SKIPPED));
      assertThat(results.values().stream().map(Object::toString).collect(Collectors.joining()))
          .doesNotContain(DemoStack.password()).doesNotContain(Redactor.MASK + "x");
    }
  }
}
