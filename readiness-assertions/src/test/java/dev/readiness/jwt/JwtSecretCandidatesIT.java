package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** {@code jwt.secret} with the profile's secret candidates, against a scripted login over HTTPS. */
class JwtSecretCandidatesIT {

  private static final String STAGING_SECRET = "staging-signing-key-2024";
  private static final String PROFILE = """
      target:
        url: %s
      auth:
        login:
          path: /login
          body: '{"u":"${user}","p":"${password}"}'
          user: alice
          password: pw-1234
          accessToken: /token
      jwt:
        secretCandidates: ['${env:STAGING_JWT_SECRET}', another-retired-key]
      """;
  private static final String CLAIMS = "{\"sub\":\"alice\",\"iat\":1700000000,\"exp\":1700000600}";

  private static CheckResult run(MockWebServer server) {
    Target target = Target.builder().url(server.url("/").toString())
        .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
    StackProfile profile = StackProfile.parse(PROFILE.formatted(target.url()), Path.of("."),
        Map.of("STAGING_JWT_SECRET", STAGING_SECRET)).withTarget(target);
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(CheckCatalog.require(JwtSecretCheck.ID)), session).get(0);
    }
  }

  private static MockResponse login(String token) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"token\":\"" + token + "\"}").build();
  }

  @Test
  void failsATokenSignedWithAProfileCandidateWithoutShowingTheSecretOrTheToken() {
    String token = Tokens.hs256(CLAIMS, STAGING_SECRET);
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(login(token));

      CheckResult result = run(server);

      assertThat(result.status()).isEqualTo(Status.FAIL);
      assertThat(result.message()).isEqualTo("the access token's HS256 signature verifies with a 24-character "
          + "secret from the profile (jwt.secretCandidates item 1), so anyone who has that secret can forge tokens");
      assertThat(result.toString()).doesNotContain(STAGING_SECRET).doesNotContain(token)
          .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void passesAStrongKeyNamingHowManySecretsWereTried() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(login(Tokens.hs256(CLAIMS, "q8N3vZ1xkP0wR7mT4yB6cH2jL9sD5fG8")));

      CheckResult result = run(server);

      assertThat(result.status()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("the access token's signature verifies with none of the 2 profile "
          + "candidates and " + HmacSecrets.builtIn().size() + " built-in secrets");
    }
  }
}
