package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.check.Waiver;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

  private static CheckResult result(String id, Category category, Outcome outcome) {
    return new CheckResult(id, id + " title", category, outcome, Duration.ofMillis(1234));
  }

  private static final ReadinessReport REPORT = new ReadinessReport("https://a/?x=<1>&y=\"2\"", "(none)",
      Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMillis(99), List.of(
          result("hsts.present", Category.TRANSPORT, Outcome.pass("present", List.of())),
          new Waiver("hsts.max-age", "CDN", LocalDate.parse("2999-01-01")).applyTo(result("hsts.max-age",
              Category.TRANSPORT, Outcome.of("ok", List.of(Finding.fail("max-age=86400", "Set max-age")),
                  List.of())), LocalDate.parse("2026-11-23")),
          result("headers.content-type-options", Category.HEADERS, Outcome.of("ok",
              List.of(Finding.fail("no <nosniff> & \"so\"\nsecond line", "Send nosniff")), List.of())),
          result("health.endpoint", Category.OPERATIONS, Outcome.error("connection refused", List.of())),
          result("cors.allowed", Category.CORS, Outcome.skipped("no CORS in the profile"))));

  @Test
  void isValidAgainstTheSurefireJUnitSchema() throws Exception {
    String xml = JUnitXmlReport.render(REPORT);

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(JUnitXmlReportTest.class.getResource("/junit/junit-10.xsd")).newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void oneTestcasePerCheckWithFailureErrorAndSkippedElements() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(JUnitXmlReport.render(REPORT).getBytes(StandardCharsets.UTF_8)));

    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests") + " " + suite.getAttribute("failures") + " " + suite.getAttribute("errors")
        + " " + suite.getAttribute("skipped")).isEqualTo("5 1 1 2");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    assertThat(outcome((Element) cases.item(0))).isEqualTo("hsts.present readiness.transport 1.234 passed");
    assertThat(outcome((Element) cases.item(1))).isEqualTo("hsts.max-age readiness.transport 1.234 skipped "
        + "WAIVED until 2999-01-01: CDN");
    assertThat(outcome((Element) cases.item(2))).isEqualTo("headers.content-type-options readiness.headers 1.234 "
        + "failure no <nosniff> & \"so\"\nsecond line");
    assertThat(cases.item(2).getTextContent().strip()).isEqualTo("no <nosniff> & \"so\"\nsecond line\nFix: Send nosniff");
    assertThat(outcome((Element) cases.item(3))).isEqualTo("health.endpoint readiness.operations 1.234 error "
        + "connection refused");
    assertThat(outcome((Element) cases.item(4))).isEqualTo("cors.allowed readiness.cors 1.234 skipped "
        + "no CORS in the profile");
  }

  private static String outcome(Element testcase) {
    String head = testcase.getAttribute("name") + " " + testcase.getAttribute("classname") + " "
        + testcase.getAttribute("time");
    for (String kind : List.of("failure", "error", "skipped")) {
      NodeList found = testcase.getElementsByTagName(kind);
      if (found.getLength() == 1) {
        return head + " " + kind + " " + ((Element) found.item(0)).getAttribute("message");
      }
    }
    return head + " passed";
  }
}
