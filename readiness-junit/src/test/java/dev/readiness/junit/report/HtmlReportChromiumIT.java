package dev.readiness.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.Waiver;
import dev.readiness.junit.kit.ProductionReadinessKit;
import dev.readiness.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Looks at the HTML report in headless Chromium (Debian's {@code chromium}): it renders, it loads nothing from
 * outside the page, its summary table says what the JSON report says, and its filter (preselected by the URL)
 * leaves only the chosen cards shown. Set the system property
 * {@value #SCREENSHOT_PROPERTY} to keep the screenshot (docs/images/report.png is made that way).
 */
class HtmlReportChromiumIT {

  static final String SCREENSHOT_PROPERTY = "readiness.screenshot";

  @ReadinessTest
  @Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2999-12-31")
  static class DemoReadiness implements ProductionReadinessKit {}

  @Test
  void reportRendersSelfContainedAndMatchesTheJson(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium); .ci/run installs it");
    Path out = dir.resolve("readiness");
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE,
        Misconfiguration.NOSNIFF_MISSING))) {
      ReportRuns.run(DemoReadiness.class, stack.writeProfile(dir).toString(), out, Map.of());
    }
    Path html = out.resolve(ReportFiles.HTML);
    Path png = dir.resolve("report.png");

    Process chrome = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("chromium-profile"), "--screenshot=" + png, "--window-size=1280,2000",
        html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    boolean ended = chrome.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      chrome.destroyForcibly();
    }

    assertThat(ended).as("chromium ended within 90 s").isTrue();
    assertThat(png).as("screenshot; chromium said: %s", Files.readString(dir.resolve("chromium.log"))).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    assertThat(pngSize(png)).containsExactly(1280, 2000);
    Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
    assertThat(externalReferences(page)).isEmpty();
    assertThat(Files.readString(html)).doesNotContainPattern("(?i)url\\(|@import|<script[^>]|<link|<img|<iframe")
        .containsOnlyOnce("<script>");
    JsonNode json = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
    assertThat(summaryRows(page)).isEqualTo(summaryRows(json)).isNotEmpty();
    assertThat(page.getElementsByTagName("details").getLength()).isEqualTo(evidenceCount(json));
    keepScreenshot(png);
    assertFilterShowsOnlyTheChosenCards(chromium.get(), html, dir);
  }

  /** Chromium runs the page's script with the filter preselected by the URL and dumps the resulting DOM. */
  private static void assertFilterShowsOnlyTheChosenCards(Path chromium, Path html, Path dir) throws Exception {
    Path dom = dir.resolve("filtered.html");
    Process chrome = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("chromium-dom"), "--dump-dom", html.toUri() + "#status=FAIL;category=HEADERS")
        .redirectErrorStream(false).redirectOutput(dom.toFile()).redirectError(dir.resolve("dom.log").toFile()).start();
    boolean ended = chrome.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      chrome.destroyForcibly();
    }
    assertThat(ended).as("chromium --dump-dom ended within 90 s").isTrue();
    String filtered = Files.readString(dom);
    List<String> shown = new ArrayList<>();
    Matcher card = Pattern.compile("<section class=\"check [^\"]*\" id=\"([^\"]+)\""
        + "[^>]*?( hidden=\"\")?>").matcher(filtered);
    int cards = 0;
    while (card.find()) {
      cards++;
      if (card.group(2) == null) {
        shown.add(card.group(1));
      }
    }
    assertThat(cards).isGreaterThan(40);
    assertThat(shown).containsExactly("check-headers.content-type-options");
    assertThat(filtered).contains("1 of " + cards + " checks shown");
  }

  private static Optional<Path> chromium() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Integer> pngSize(Path png) throws IOException {
    byte[] header = Files.readAllBytes(png);
    return List.of(readInt(header, 16), readInt(header, 20));
  }

  private static int readInt(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
        | (bytes[at + 3] & 0xff);
  }

  private static List<String> externalReferences(Document page) {
    List<String> found = new ArrayList<>();
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String name = attributes.item(a).getNodeName().toLowerCase();
        String value = attributes.item(a).getNodeValue();
        if ((name.equals("src") || name.equals("href") || name.equals("srcset") || name.equals("action"))
            && value.matches("(?i)\\s*(https?:)?//.*")) {
          found.add(all.item(i).getNodeName() + " " + name + "=" + value);
        }
      }
    }
    return found;
  }

  private static Map<String, List<Integer>> summaryRows(Document page) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    NodeList trs = page.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element row = (Element) trs.item(i);
      if (!row.hasAttribute("data-category")) {
        continue;
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      NodeList cells = row.getElementsByTagName("td");
      for (int c = 0; c < cells.getLength(); c++) {
        Element cell = (Element) cells.item(c);
        if (cell.hasAttribute("data-count")) {
          counts.put(cell.getAttribute("data-count"), Integer.parseInt(cell.getTextContent().trim()));
        }
      }
      rows.put(row.getAttribute("data-category"), ordered(counts::get));
    }
    return rows;
  }

  private static Map<String, List<Integer>> summaryRows(JsonNode json) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    json.path("categories").forEach(c -> rows.put(c.path("category").asText(), ordered(k -> c.path(k).asInt())));
    return rows;
  }

  private static List<Integer> ordered(java.util.function.Function<String, Integer> count) {
    return List.of("passed", "failed", "waived", "errors", "skipped", "total").stream().map(count).toList();
  }

  private static int evidenceCount(JsonNode json) {
    int withEvidence = 0;
    for (JsonNode result : json.path("results")) {
      withEvidence += result.path("evidence").isEmpty() ? 0 : 1;
    }
    return withEvidence;
  }

  private static void keepScreenshot(Path png) throws IOException {
    String target = System.getProperty(SCREENSHOT_PROPERTY, "");
    if (!target.isBlank()) {
      Path file = Path.of(target).toAbsolutePath();
      Files.createDirectories(file.getParent());
      Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
