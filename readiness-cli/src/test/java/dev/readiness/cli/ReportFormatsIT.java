package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.demo.DemoStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --format sarif} and {@code --format junit} print the log a CI tool reads; the files are always written. */
class ReportFormatsIT {

  @TempDir
  Path dir;

  /** What a command printed on standard output and standard error, and its exit code. */
  record Run(int exit, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      int exit = ReadinessCommand.execute(args);
      return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void sarifPrintsOneResultPerFailureAndWritesTheSarifFile() throws Exception {
    try (DemoStack stack = DemoStack.misconfigured()) {
      Run run = run("scan", "--profile", stack.writeProfile(dir).toString(), "--checks",
          "hsts.present,health.endpoint,headers.frame-options", "--format", "sarif", "--out",
          dir.resolve("out").toString());

      assertThat(run.exit()).isEqualTo(1);
      JsonNode sarif = new ObjectMapper().readTree(run.out());
      List<String> rules = new ArrayList<>();
      sarif.path("runs").get(0).path("results").forEach(r -> rules.add(r.path("ruleId").asText()));
      assertThat(rules).contains("hsts.present", "health.endpoint");
      assertThat(dir.resolve("out/readiness-report.sarif")).content().isEqualTo(run.out());
      assertThat(run.err()).contains("Report written: open " + dir.resolve("out/readiness-report.html"));
    }
  }

  @Test
  void junitPrintsOneTestcasePerCheck() throws Exception {
    try (DemoStack stack = DemoStack.misconfigured()) {
      Run run = run("scan", "--profile", stack.writeProfile(dir).toString(), "--checks",
          "hsts.present,health.endpoint,headers.frame-options", "--format", "junit", "--out",
          dir.resolve("out").toString());

      assertThat(run.exit()).isEqualTo(1);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
      NodeList cases = doc.getElementsByTagName("testcase");
      List<String> names = new ArrayList<>();
      for (int i = 0; i < cases.getLength(); i++) {
        Element testcase = (Element) cases.item(i);
        names.add(testcase.getAttribute("name") + (testcase.getElementsByTagName("failure").getLength() == 1
            ? " failure" : ""));
      }
      assertThat(names).contains("hsts.present failure", "health.endpoint failure").hasSize(3);
    }
  }

  @Test
  void plainProgressNamesEachCheckAsItStarts() throws Exception {
    try (DemoStack stack = DemoStack.misconfigured()) {
      Run run = run("scan", "--profile", stack.writeProfile(dir).toString(), "--checks",
          "hsts.present,health.endpoint,headers.frame-options", "--progress", "plain", "--out",
          dir.resolve("out").toString());

      assertThat(run.err()).contains("[1/3] ", "[2/3] ", "[3/3] ").contains("hsts.present").contains("health.endpoint")
          .doesNotContain("\r");
      assertThat(run.out()).doesNotContain("[1/3]");
    }
  }
}
