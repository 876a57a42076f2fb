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
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;

/**
 * {@code jwt.signature-enforced} against scripted servers that accept the real token (the control) and answer
 * forged ones with something that is no refusal: a backend crashing behind a proxy must never look hardened. The
 * server speaks HTTP/1.1, where MockWebServer applies its socket effects (a dropped connection).
 */
class JwtSignatureEnforcedIT {

  private static final String PROFILE = """
      target:
        url: %s
      paths:
        protected: /api/me
      auth:
        login:
          path: /login
          body: '{"u":"${user}","p":"${password}"}'
          user: alice
          password: s3cret
          accessToken: /token
      """;
  private static final String SIGNATURE = "c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDYwMH0."
      + SIGNATURE;

  /**
   * @param forged the answer to a forged token, given its bearer value
   * @param anonymous the answer without any token
   */
  private static CheckResult run(Function<String, MockResponse> forged, MockResponse anonymous) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.useHttps(new HandshakeCertificates.Builder().heldCertificate(TlsMockServers.LOCALHOST).build()
          .sslSocketFactory());
      server.setProtocols(List.of(Protocol.HTTP_1_1));
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (request.getTarget().equals("/login")) {
            return new MockResponse.Builder().code(200).body("{\"token\":\"" + JWT + "\"}").build();
          }
          String authorization = request.getHeaders().get("Authorization");
          if (authorization == null) {
            return anonymous;
          }
          String token = authorization.substring("Bearer ".length());
          return token.equals(JWT) ? new MockResponse.Builder().code(200).body("{\"me\":\"alice\"}").build()
              : forged.apply(token);
        }
      });
      Target target = Target.builder().url(server.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
      StackProfile profile = StackProfile.parse(PROFILE.formatted(target.url()), Path.of("."), Map.of())
          .withTarget(target);
      try (TargetSession session = TargetSession.open(profile)) {
        return CheckRunner.runAll(List.of(CheckCatalog.require(JwtSignatureEnforcedCheck.ID)), session).get(0);
      }
    }
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  private static MockResponse toLogin() {
    return new MockResponse.Builder().code(302).addHeader("Location", "/login?next=/api/me").build();
  }

  @Test
  void everyForgedTokenAnswered502IsAnErrorNotAPass() throws Exception {
    CheckResult result = run(token -> status(502), status(401));

    assertThat(result.status()).as(result.message()).isEqualTo(Status.ERROR);
    assertThat(result.message()).matches("GET https://localhost:\\d+/api/me with a forged token -> 502 for 11 of "
        + "11 forged variants \\(a server error: the backend failed instead of refusing; a refusal is a 4xx\\); "
        + "expected 401 or 403 \\(rejected\\), so the check cannot tell whether the stack verifies signatures or "
        + "only failed to answer");
  }

  @Test
  void aFewForgedTokensCrashingTheBackendAreNamedInTheError() throws Exception {
    CheckResult result = run(token -> token.startsWith("eyJhbGciOiJub25l") ? status(500) : status(401),
        status(401));

    assertThat(result.status()).as(result.message()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains(" with a forged token -> 500 for 2 of 11 forged variants (alg: none with "
        + "a trailing dot, alg: none without a trailing dot) (a server error");
  }

  @Test
  void aForgedTokenAcceptedFailsWhateverTheOthersGot() throws Exception {
    CheckResult result = run(token -> token.endsWith("." + SIGNATURE) ? status(200) : status(503), status(401));

    assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
    assertThat(result.message()).contains("-> 200 with the real token altered (a claim added under the original "
        + "signature): expected 401, so the signature is not verified");
  }

  @Test
  void theLoginRedirectTheAnonymousRequestGetsIsARefusalAndAnotherRedirectIsNot() throws Exception {
    CheckResult sameRedirect = run(token -> toLogin(), toLogin());
    CheckResult otherRedirect = run(token -> new MockResponse.Builder().code(302).addHeader("Location", "/home")
        .build(), toLogin());

    assertThat(sameRedirect.status()).as(sameRedirect.message()).isEqualTo(Status.PASS);
    assertThat(sameRedirect.message()).endsWith("with the real token; all 11 forged variants rejected");
    assertThat(otherRedirect.status()).isEqualTo(Status.ERROR);
    assertThat(otherRedirect.message()).contains("-> 302 for 11 of 11 forged variants (a redirect, which is not "
        + "followed)");
  }

  @Test
  void refusalsPassAndADroppedConnectionIsAnError() throws Exception {
    CheckResult refused = run(token -> status(token.endsWith(".") ? 400 : 401), status(401));
    CheckResult dropped = run(token -> new MockResponse.Builder()
        .onResponseStart(new SocketEffect.CloseSocket()).build(), status(401));

    assertThat(refused.status()).as(refused.message()).isEqualTo(Status.PASS);
    assertThat(dropped.status()).as(dropped.message()).isEqualTo(Status.ERROR);
    assertThat(dropped.message()).contains("/api/me failed: ");
  }
}
