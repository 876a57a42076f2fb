package dev.readiness.auth;

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
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code auth.refresh-rotation} against a scripted server whose refresh endpoint honours the first use (the
 * control) and answers the reuse with a scripted status: only a 4xx refusal passes.
 */
class RefreshRotationIT {

  private static final String PROFILE = """
      target:
        url: %s
      auth:
        login:
          path: /login
          body: '{"u":"${user}","p":"${password}"}'
          user: alice
          password: s3cret
          accessToken: /access_token
          refreshToken: /refresh_token
        refresh:
          path: /refresh
          body: '{"refresh_token":"${refreshToken}"}'
      """;

  private static CheckResult run(int reuse) throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    try (MockWebServer server = TlsMockServers.https()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (request.getTarget().equals("/login") || refreshes.getAndIncrement() == 0) {
            return new MockResponse.Builder().code(200)
                .body("{\"access_token\":\"a-0123456789\",\"refresh_token\":\"r-0123456789\"}").build();
          }
          return new MockResponse.Builder().code(reuse).body("{\"detail\":\"scripted\"}").build();
        }
      });
      Target target = Target.builder().url(server.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
      StackProfile profile = StackProfile.parse(PROFILE.formatted(target.url()), Path.of("."), Map.of())
          .withTarget(target);
      try (TargetSession session = TargetSession.open(profile)) {
        return CheckRunner.runAll(List.of(CheckCatalog.require(RefreshRotationCheck.ID)), session).get(0);
      }
    }
  }

  @ParameterizedTest(name = "reuse answered {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      503 | ERROR | -> 503 on the second use of the same refresh token (a server error: the backend failed instead of refusing; a refusal is a 4xx): expected 401 (rejected) or 2xx (accepted)
      502 | ERROR | -> 502 on the second use of the same refresh token (a server error
      408 | ERROR | -> 408 on the second use of the same refresh token (408: the server timed out
      302 | ERROR | -> 302 on the second use of the same refresh token (a redirect, which is not followed)
      401 | PASS  | -> 200 on first use, 401 on reuse
      400 | PASS  | -> 200 on first use, 400 on reuse
      200 | FAIL  | -> 200 on the second use of the same refresh token: expected 401, so a stolen refresh token keeps working
      """)
  void onlyARefusalOfTheReusedTokenPasses(int reuse, Status expected, String message) throws Exception {
    CheckResult result = run(reuse);

    assertThat(result.status()).as(result.message()).isEqualTo(expected);
    assertThat(result.message()).contains(message);
  }
}
