package dev.readiness.hygiene;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP hygiene checks against the embedded demo stack: the hardened stack passes every one, and each
 * misconfiguration fails exactly its own check, with its message.
 */
class HygieneChecksIT {

  private static final List<String> IDS = List.of("headers.frame-options", "headers.csp",
      "headers.referrer-policy", "leak.banner", "leak.stack-trace", "exposure.files", "exposure.debug-endpoints", "cookies.flags");

  static Stream<Arguments> misconfigurations() {
    return Stream.of(
        Arguments.of(Misconfiguration.FRAME_OPTIONS_MISSING, "headers.frame-options",
            (Function<String, String>) https -> "GET " + https + " -> 200 sent no X-Frame-Options header and no "
                + "CSP frame-ancestors directive, so any site can frame it (clickjacking)"),
        Arguments.of(Misconfiguration.CSP_UNSAFE_INLINE, "headers.csp",
            (Function<String, String>) https -> "GET " + https + " -> 200 sent Content-Security-Policy: "
                + "'default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'', which does not "
                + "restrict scripts: script-src allows 'unsafe-inline' without a nonce or hash"),
        Arguments.of(Misconfiguration.REFERRER_UNSAFE_URL, "headers.referrer-policy",
            (Function<String, String>) https -> "GET " + https + " -> 200 sent Referrer-Policy: 'unsafe-url', "
                + "whose effective policy 'unsafe-url' sends full URLs, with paths and query strings, to other "
                + "origins"),
        Arguments.of(Misconfiguration.VERSION_BANNER, "leak.banner",
            (Function<String, String>) https -> "GET " + https + " -> 200 sent X-Powered-By: 'Express', which "
                + "names the framework for no purpose"),
        Arguments.of(Misconfiguration.STACK_TRACES, "leak.stack-trace",
            (Function<String, String>) https -> "POST " + https + "api/auth/login?trace=true -> 400 answered with "
                + "a Node.js stack frame ('at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)'), which "
                + "shows attackers the code, its paths and libraries"),
        Arguments.of(Misconfiguration.DOTENV_EXPOSED, "exposure.files",
            (Function<String, String>) https -> "GET " + https + ".env -> 200 served an environment file (KEY=value "
                + "lines) without credentials, so anyone can read secrets or source"),
        Arguments.of(Misconfiguration.DEBUG_ENDPOINTS, "exposure.debug-endpoints",
            (Function<String, String>) https -> "GET " + https + "docs -> 200 served an API documentation page "
                + "without credentials, so anyone can map the API or read internals; list it in exposure.allow if it "
                + "is public on purpose (and 1 more)"),
        Arguments.of(Misconfiguration.COOKIE_INSECURE, "cookies.flags",
            (Function<String, String>) https -> "POST " + https + "api/auth/login -> 200 set cookie 'session' "
                + "(session=<value>; path=/) without Secure, so it is also sent over plain HTTP, without HttpOnly, so "
                + "injected scripts can steal the session, without SameSite, so cross-site requests carry it"));
  }

  @Test
  void hardenedStackPassesEveryHygieneCheck() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = run(stack);

      IDS.forEach(id -> assertThat(results.get(id).status()).as(id + ": " + results.get(id).message())
          .isEqualTo(Status.PASS));
      assertThat(results.get("cookies.flags").message()).isEqualTo("1 cookie(s) set, all with the required flags");
      assertThat(String.valueOf(results.get("cookies.flags").evidence())).doesNotContain(DemoStack.password());
    }
  }

  @ParameterizedTest
  @MethodSource("misconfigurations")
  void eachMisconfigurationFailsExactlyItsCheck(Misconfiguration fault, String id,
      Function<String, String> message) throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(fault))) {
      Map<String, CheckResult> results = run(stack);

      assertThat(results.get(id).status()).as(id + ": " + results.get(id).message()).isEqualTo(Status.FAIL);
      assertThat(results.get(id).message()).isEqualTo(message.apply(stack.httpsUrl().toString()));
      assertThat(results.get(id).fix()).isNotBlank();
      assertThat(String.valueOf(results.get(id).evidence())).doesNotContain("rooms-db-password", DemoStack.password());
      IDS.stream().filter(other -> !other.equals(id)).forEach(other ->
          assertThat(results.get(other).status()).as(other + ": " + results.get(other).message())
              .isEqualTo(Status.PASS));
    }
  }

  private static Map<String, CheckResult> run(DemoStack stack) throws IOException {
    StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-it")));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(IDS.stream().map(CheckCatalog::require).toList(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }
}
