package dev.readiness.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The exposure checks against scripted odd servers. */
class ExposureChecksIT {

  private static final String SPA_INDEX = "<!doctype html><html><head><title>App</title>"
      + "<script src=\"/static/main.js\"></script></head><body><div id=\"root\"></div></body></html>";

  @Test
  void aSinglePageAppAnswering200ToEverythingIsNotFlagged() {
    CheckResult files = run("exposure.files", path -> html(200, SPA_INDEX));
    CheckResult debug = run("exposure.debug-endpoints", path -> html(200, SPA_INDEX));

    assertThat(files.status()).as(files.message()).isEqualTo(Status.PASS);
    assertThat(debug.status()).as(debug.message()).isEqualTo(Status.PASS);
  }

  @Test
  void anApiCatchAllAnsweringTheSameJsonToEverythingIsNotFlagged() {
    CheckResult files = run("exposure.files", path -> text(200, "application/json", "{\"status\": \"ok\"}"));

    assertThat(files.status()).as(files.message()).isEqualTo(Status.PASS);
  }

  @Test
  void unauthorizedForbiddenAndNotFoundAreNotFlaggedEvenWithTheRealContent() {
    Function<String, MockResponse> server = path -> switch (path) {
      case "/.env" -> text(403, "text/plain", "DATABASE_URL=postgres://x\n");
      case "/.git/HEAD" -> text(401, "text/plain", "ref: refs/heads/main\n");
      case "/openapi.json" -> text(401, "application/json", "{\"openapi\": \"3.1.0\"}");
      case "/actuator" -> new MockResponse.Builder().code(302).setHeader("Location", "/login").build();
      default -> text(404, "text/plain", "Not Found");
    };

    assertThat(run("exposure.files", server).status()).isEqualTo(Status.PASS);
    assertThat(run("exposure.debug-endpoints", server).status()).isEqualTo(Status.PASS);
  }

  @Test
  void aDotEnvAndAGitHeadServedBehindAnSpaFallbackAreFlagged() {
    CheckResult result = run("exposure.files", path -> switch (path) {
      case "/.env" -> text(200, "text/plain", "# app\nDATABASE_URL=postgres://app:secret@db/app\nDEBUG=false\n");
      case "/.git/HEAD" -> text(200, "text/plain", "ref: refs/heads/main\n");
      default -> html(200, SPA_INDEX);
    });

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message()).matches("GET http://localhost:\\d+/\\.git/HEAD -> 200 served a Git HEAD "
        + "\\(ref: refs/\\.\\.\\.\\) without credentials, so anyone can read secrets or source \\(and 1 more\\)");
    assertThat(result.findings()).extracting(Finding::message).anyMatch(m -> m.contains("/.env -> 200 served an "
        + "environment file (KEY=value lines)"));
    assertThat(String.valueOf(result.evidence())).doesNotContain("app:secret");
  }

  @Test
  void anOpenApiDocumentIsFlaggedUnlessTheProfileAllowsIt() {
    Function<String, MockResponse> server = path -> path.equals("/openapi.json")
        ? text(200, "application/json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"Rooms\"}}")
        : text(404, "application/json", "{\"detail\": \"Not Found\"}");

    CheckResult open = run("exposure.debug-endpoints", server);
    CheckResult allowed = run("exposure.debug-endpoints", server, "exposure:\n  allow: [openapi]\n");

    assertThat(open.status()).isEqualTo(Status.FAIL);
    assertThat(open.message()).matches("GET http://localhost:\\d+/openapi\\.json -> 200 served an OpenAPI document "
        + "without credentials, so anyone can map the API or read internals; list it in exposure\\.allow if it is "
        + "public on purpose");
    assertThat(allowed.status()).isEqualTo(Status.PASS);
    assertThat(allowed.findings()).singleElement().extracting(Finding::message).asString()
        .endsWith("(allowed by exposure.allow)");
  }

  private static CheckResult run(String id, Function<String, MockResponse> answers) {
    return run(id, answers, "");
  }

  private static CheckResult run(String id, Function<String, MockResponse> answers, String extraYaml) {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return answers.apply(request.getUrl().encodedPath());
        }
      });
      server.start();
      StackProfile profile = StackProfile.parse("target:\n  url: " + server.url("/") + "\n" + extraYaml,
          Path.of("."), Map.of());
      return Readiness.check(id, profile);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static MockResponse html(int code, String body) {
    return text(code, "text/html; charset=utf-8", body);
  }

  private static MockResponse text(int code, String type, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", type).body(body).build();
  }
}
