package dev.readiness.leak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The leak checks against scripted odd servers. */
class LeakChecksIT {

  private static final String PROFILE = """
      auth:
        login:
          path: /api/login
          body: '{"u":"${user}","p":"${password}"}'
          user: alice
          password: correct-horse-battery
      """;

  @Test
  void aQuietServerPassesBothLeakChecks() {
    Function<RecordedRequest, MockResponse> quiet = request -> json(request.getMethod().equals("POST") ? 400 : 404,
        "{\"detail\":\"Not Found\"}").newBuilder().setHeader("Server", "uvicorn").build();

    CheckResult banner = run("leak.banner", quiet);
    CheckResult traces = run("leak.stack-trace", quiet);

    assertThat(banner.status()).as(banner.message()).isEqualTo(Status.PASS);
    assertThat(traces.status()).as(traces.message()).isEqualTo(Status.PASS);
    assertThat(traces.message()).contains("POST http://localhost:", "/api/login?trace=true -> 400",
        "DELETE http://localhost:");
  }

  @Test
  void aFlaskDebuggerOnMalformedJsonFailsAndNamesTheSignature() {
    CheckResult traces = run("leak.stack-trace", request -> request.getMethod().equals("POST")
        ? new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
            .body("<title>JSONDecodeError // Werkzeug Debugger</title>").build()
        : json(404, "{\"detail\":\"Not Found\"}"));

    assertThat(traces.status()).isEqualTo(Status.FAIL);
    assertThat(traces.message()).matches("POST http://localhost:\\d+/api/login\\?trace=true -> 500 answered with the "
        + "Werkzeug debugger \\('Werkzeug Debugger'\\), which shows attackers the code, its paths and libraries");
    assertThat(String.valueOf(traces.evidence())).doesNotContain("correct-horse-battery");
  }

  @Test
  void aVersionedServerHeaderOnErrorsOnlyFailsTheBanner() {
    CheckResult banner = run("leak.banner", request -> request.getUrl().encodedPath().equals("/")
        ? json(200, "{}")
        : json(404, "{}").newBuilder().setHeader("Server", "nginx/1.22.1").build());

    assertThat(banner.status()).isEqualTo(Status.FAIL);
    assertThat(banner.message()).matches("GET http://localhost:\\d+/readiness-[0-9a-f-]+ -> 404 sent Server: "
        + "'nginx/1.22.1', which tells attackers the exact version \\(nginx/1.22.1\\) to look up exploits for");
  }

  private static CheckResult run(String id, Function<RecordedRequest, MockResponse> answers) {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return answers.apply(request);
        }
      });
      server.start();
      StackProfile profile = StackProfile.parse("target:\n  url: " + server.url("/") + "\n" + PROFILE, Path.of("."),
          Map.of());
      return Readiness.check(id, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }
}
