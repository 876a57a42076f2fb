package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.ReportedText;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A server whose redirect carries terminal escapes (screen clear, window title, hyperlink, bell), HTML and a
 * Markdown image that calls home: the text report holds no control character and the Markdown report no element,
 * image or link syntax, while both still show the text.
 */
class ReportInjectionIT {

  private static final String HOSTILE = "/x\u001b[2J\u001b]0;pwned\u0007\u001b]8;;http://evil/\u001b\\click\u009b31m"
      + "\u202e<script>alert(1)</script><img src=x onerror=alert(2)>![t](http://127.0.0.2:20099/px.png)`|*_";

  private static ReadinessReport scanRedirectingTo(String location) throws Exception {
    try (MockWebServer plain = TlsMockServers.plain(); MockWebServer https = TlsMockServers.https()) {
      plain.setDispatcher(answer(new MockResponse.Builder().code(301).addHeaderLenient("Location", location)
          .build()));
      https.setDispatcher(answer(new MockResponse.Builder().code(200).build()));
      Target target = Target.builder().url(https.url("/").toString()).httpUrl(plain.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
      StackProfile profile = StackProfile.parse("target:\n  url: " + target.url() + "\n", Path.of("."), Map.of())
          .withTarget(target);
      try (TargetSession session = TargetSession.open(profile)) {
        CheckResult result = CheckRunner.run(CheckCatalog.require("https.redirect"), session);
        assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("Location '/").doesNotContain("\u001b", "\u0007", "\u009b");
        return new ReadinessReport(target.url() + "\u001b]0;t\u0007", "(test)", Instant.EPOCH, Duration.ZERO,
            List.of(result));
      }
    }
  }

  private static Dispatcher answer(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    };
  }

  @Test
  void aHugeLocationIsCutToTheMessageCapInEveryReport() throws Exception {
    ReadinessReport report = scanRedirectingTo("/" + "A<".repeat(30_000));

    String message = report.results().get(0).message();
    assertThat(message).hasSizeLessThanOrEqualTo(ReportedText.MAX_MESSAGE).endsWith("more characters cut]");
    assertThat(report.results().get(0).outcome().evidence().toString()).hasSizeLessThan(40_000);
    assertThat(MarkdownReport.render(report)).hasSizeLessThan(20_000);
    assertThat(TextReport.render(report)).hasSizeLessThan(5_000);
    assertThat(ReportJson.report(report)).hasSizeLessThan(50_000);
  }

  @Test
  void theTextReportNeutralisesEveryControlCharacterAndKeepsTheText() throws Exception {
    String text = TextReport.render(scanRedirectingTo(HOSTILE));

    assertThat(text).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e]")
        .contains("\\x1b[2J", "\\x1b]0;pwned\\x07", "\\x9b31m", "\\u202e", "<script>alert(1)</script>");
  }

  @Test
  void theMarkdownReportEscapesHtmlAndMarkdownSoNothingRendersButText() throws Exception {
    String markdown = MarkdownReport.render(scanRedirectingTo(HOSTILE));

    assertThat(markdown).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e]")
        .doesNotContain("<script", "<img", "![t](").doesNotContainPattern("(?<!\\\\)\\]\\(http")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
            "\\!\\[t\\](http://127.0.0.2:20099/px.png)", "\\`\\|\\*\\_", "\\\\x1b\\]0;pwned\\\\x07");
    assertThat(MarkdownReport.summary(scanRedirectingTo(HOSTILE))).contains("\\x1b]0;t\\x07`")
        .doesNotContain("\u001b");
  }
}
