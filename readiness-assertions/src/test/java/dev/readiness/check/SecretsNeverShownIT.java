package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.report.HtmlReport;
import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportJson;
import dev.readiness.report.TextReport;
import dev.readiness.target.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Scripted servers that echo the scan's secrets back in every encoding: no secret reaches a message, the evidence,
 * or any report (text, Markdown, JSON, HTML).
 */
class SecretsNeverShownIT {

  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib2IiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAw"
      + "MDYwMH0.c2lnbmF0dXJlLWVjaG9lZA";
  private static final String PASSWORD = "Pa\"ss w/rd:9";

  private static Dispatcher answering(Function<RecordedRequest, MockResponse> answer) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    };
  }

  private static List<CheckResult> run(String profileYaml, Target target, String... ids) {
    StackProfile profile = StackProfile.parse(profileYaml, Path.of("."), Map.of()).withTarget(target);
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(ids).stream().map(CheckCatalog::require).toList(), session);
    }
  }

  private static List<String> everyOutput(List<CheckResult> results) {
    ReadinessReport report = new ReadinessReport("https://localhost/", "(test)", Instant.EPOCH, Duration.ZERO,
        results);
    return List.of(results.toString(), TextReport.render(report), MarkdownReport.render(report),
        ReportJson.report(report), HtmlReport.render(report));
  }

  @Test
  void aRedirectWhoseLocationCarriesATokenFailsWithoutShowingTheToken() throws Exception {
    try (MockWebServer plain = TlsMockServers.plain(); MockWebServer https = TlsMockServers.https()) {
      plain.setDispatcher(answering(r -> new MockResponse.Builder().code(301)
          .addHeader("Location", "http://localhost/callback?access_token=" + JWT + "&state=s1").build()));
      https.setDispatcher(answering(r -> new MockResponse.Builder().code(200).build()));
      Target target = Target.builder().url(https.url("/").toString()).httpUrl(plain.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();

      List<CheckResult> results = run("target:\n  url: " + target.url() + "\n", target, "https.redirect");

      assertThat(results.get(0).status()).as(results.get(0).message()).isEqualTo(Status.FAIL);
      assertThat(results.get(0).message()).contains("access_token=<redacted>&state=s1", "which is not HTTPS");
      for (String output : everyOutput(results)) {
        assertThat(output).doesNotContain(JWT).doesNotContain(JWT.substring(21, 60));
      }
    }
  }

  @Test
  void aLoginThatEchoesTheFormBodyAndTheTokenInEveryEncodingShowsNoneOfThem() throws Exception {
    String form = "username=bob&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    String percent = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8).replace("+", "%20");
    String json = PASSWORD.replace("\"", "\\\"");
    String basic = Base64.getEncoder().encodeToString(("bob:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    try (MockWebServer server = TlsMockServers.https()) {
      server.setDispatcher(answering(r -> r.getTarget().startsWith("/login")
          ? new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
              .addHeader("X-Api-Token", "opaque-api-token-77")
              .addHeader("Location", "/home?next=%2Fx%3Fpw%3D" + percent)
              .body("{\"token\":\"" + JWT + "\",\"echo\":\"" + r.getBody().utf8() + "\",\"note\":\"" + json
                  + "\",\"seen\":\"Basic " + basic + "\",\"who\":\"username bob\"}").build()
          : new MockResponse.Builder().code(200).build()));
      Target target = Target.builder().url(server.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
      String profile = """
          target:
            url: %s
          paths:
            protected: /api/me
          auth:
            login:
              path: /login
              contentType: application/x-www-form-urlencoded
              body: 'username=${user}&password=${password}'
              user: bob
              password: '%s'
              accessToken: /token
          """.formatted(target.url(), PASSWORD.replace("'", "''"));

      List<CheckResult> results = run(profile, target, "jwt.lifetime");

      String evidence = results.get(0).outcome().evidence().toString();
      assertThat(evidence).as("the login answer is shown").contains("\"echo\":\"username=bob&password=<redacted>\"",
          "pw%3D<redacted>", "\"note\":\"<redacted>\"", "Basic <redacted>",
          "username bob");
      assertThat(evidence).containsIgnoringCase("X-Api-Token: <redacted>");
      for (String output : everyOutput(results)) {
        assertThat(output).doesNotContain(PASSWORD).doesNotContain(form.substring(22)).doesNotContain(percent)
            .doesNotContain(json).doesNotContain(basic).doesNotContain("ss w/rd:9").doesNotContain(JWT)
            .doesNotContain("opaque-api-token-77");
      }
    }
  }
}
