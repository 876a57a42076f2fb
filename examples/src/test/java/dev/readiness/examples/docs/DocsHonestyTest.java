package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.profile.ProfileException;
import dev.readiness.profile.ProfileOverride;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest about the catalogue: every check has a reference section in docs/checks.md with
 * Probes, Passes when, Fails for and Fix; every check id the docs mention exists; every id of the checklist mapping
 * exists.
 */
class DocsHonestyTest {

  private static final Pattern SECTION = Pattern.compile("(?m)^## `([^`]+)`");
  private static final Pattern ID_LIKE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)+(\\.\\*)?");
  private static final Pattern WAIVER_CHECK = Pattern.compile("check = \"([^\"]+)\"");
  private static final Pattern CHECKS_OPTION = Pattern.compile("--checks[ =]([a-z0-9.,*-]+)");
  private static final Set<String> FILE_EXTENSIONS = Set.of("json", "yml", "yaml", "md", "txt", "pem", "tsv", "html",
      "xml", "js", "ts", "py", "java", "kt", "jar", "properties", "example", "sample", "template", "dist", "bak", "old");
  private static final String MAPPING = "docs/checklist-mapping.md";
  private static final Set<String> NOT_VERIFIED = Set.of("not testable from outside", "no check yet");

  private static Set<String> catalogue() {
    return CheckCatalog.all().stream().map(Check::id).collect(Collectors.toCollection(TreeSet::new));
  }


  @Test
  void everyCatalogueCheckHasAReferenceSection() {
    Set<String> sections = sections().keySet();

    assertThat(sections).containsAll(catalogue());
  }

  @Test
  void everyReferenceSectionNamesAKnownCheck() {
    assertThat(sections().keySet()).isSubsetOf(catalogue());
  }

  @Test
  void everyCatalogueSectionSaysWhatIsProbedWhenItPassesWhatFailsAndHowToFixIt() {
    Map<String, String> sections = sections();
    for (String id : catalogue()) {
      assertThat(sections.get(id)).as("section of " + id + " in docs/checks.md")
          .contains("- **Probes**").contains("- **Passes when**").contains("- **Fails for**").contains("- **Fix**");
    }
  }

  /** Where a stack cannot fix a finding, the Fix says so ("nginx cannot fix it, the issuer must"). */
  @Test
  void everyCatalogueFixSpeaksToExpressFastApiSpringAndNginx() {
    Map<String, String> sections = sections();
    for (String id : catalogue()) {
      String fix = sections.get(id).substring(sections.get(id).indexOf("- **Fix**"));
      assertThat(fix).as("Fix of " + id + " in docs/checks.md").contains("Express", "FastAPI", "Spring", "nginx");
    }
  }

  @Test
  void everyCheckIdTheDocsMentionExists() throws IOException {
    Map<String, String> mentions = checkMentions();

    assertThat(mentions).as("check ids mentioned in the docs").hasSizeGreaterThan(40);
    Set<String> known = catalogue();
    mentions.forEach((mention, page) -> {
      if (mention.endsWith(".*")) {
        String prefix = mention.substring(0, mention.length() - 1);
        assertThat(known).as(mention + " in " + page + " names a family of checks").anyMatch(id -> id.startsWith(prefix));
      } else {
        assertThat(known).as(mention + " in " + page + " is a check id (a method such as jwt.decode is written "
            + "`jwt.decode()`)").contains(mention);
      }
    });
  }

  @Test
  void everyItemOfTheChecklistMappingNamesKnownChecksOrWhyItIsNotVerified() {
    List<String[]> rows = mappingRows();
    Set<String> known = catalogue();

    assertThat(rows).as("items in " + MAPPING).hasSizeGreaterThan(100);
    for (String[] row : rows) {
      String verifiedBy = row[row.length - 2].strip();
      String why = row[row.length - 1].strip();
      String item = row[row.length - 3].strip();
      if (NOT_VERIFIED.contains(verifiedBy)) {
        assertThat(why).as("the reason why '" + item + "' is " + verifiedBy).isNotBlank();
      } else {
        List<String> ids = MarkdownCode.inlineSpans(verifiedBy);
        assertThat(ids).as("check ids verifying '" + item + "'").isNotEmpty();
        assertThat(verifiedBy.replaceAll("`[^`]+`", "").replace(",", "").strip())
            .as("'" + item + "' is verified by ids only, in backticks").isEmpty();
        assertThat(known).as("checks verifying '" + item + "'").containsAll(ids);
      }
    }
  }

  /** @return each {@code ## `id`} section of docs/checks.md by its id, the text up to the next heading */
  private static Map<String, String> sections() {
    String page = ProjectFiles.read("docs/checks.md");
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher heading = SECTION.matcher(page);
    while (heading.find()) {
      int next = page.indexOf("\n## ", heading.end());
      sections.put(heading.group(1), page.substring(heading.start(), next < 0 ? page.length() : next));
    }
    return sections;
  }

  /** @return each id-like mention of a check in the docs and README, with the first page it is on */
  private static Map<String, String> checkMentions() throws IOException {
    Set<String> areas = catalogue().stream().map(id -> id.substring(0, id.indexOf('.'))).collect(Collectors.toSet());
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> docs = Files.list(ProjectFiles.root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    pages.add(ProjectFiles.file("README.md"));
    Map<String, String> mentions = new LinkedHashMap<>();
    for (Path page : pages) {
      String text = Files.readString(page);
      List<String> candidates = new ArrayList<>(MarkdownCode.inlineSpans(text));
      WAIVER_CHECK.matcher(text).results().forEach(m -> candidates.add(m.group(1)));
      CHECKS_OPTION.matcher(text).results().forEach(m -> candidates.addAll(List.of(m.group(1).split(","))));
      for (String candidate : candidates) {
        if (isCheckMention(candidate, areas)) {
          mentions.putIfAbsent(candidate, ProjectFiles.root().relativize(page).toString());
        }
      }
    }
    return mentions;
  }

  /**
   * A mention is a check id when it looks like one ({@code area.name}, lower case), its area is a check area, it is
   * not a file name, and the stack profile does not know it as a key ({@code auth.login}, {@code upload.path}).
   */
  private static boolean isCheckMention(String candidate, Set<String> areas) {
    if (!ID_LIKE.matcher(candidate).matches() || !areas.contains(candidate.substring(0, candidate.indexOf('.')))) {
      return false;
    }
    String last = candidate.substring(candidate.lastIndexOf('.') + 1);
    return !FILE_EXTENSIONS.contains(last) && (candidate.endsWith(".*") || !isProfileKey(candidate));
  }

  private static boolean isProfileKey(String key) {
    try {
      StackProfile.fromSettings("https://localhost:8443", "DocsHonestyTest",
          List.of(new ProfileOverride(key, "x", "DocsHonestyTest")));
      return true;
    } catch (ProfileException e) {
      return !e.getMessage().contains(": unknown key");
    }
  }

  /** @return the cells of every table row of the mapping below its header rows */
  private static List<String[]> mappingRows() {
    List<String[]> rows = new ArrayList<>();
    for (String line : ProjectFiles.read(MAPPING).split("\n")) {
      if (!line.startsWith("|") || line.matches("\\|[-| :]+\\|")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
      if (cells.length >= 3 && !cells[cells.length - 2].strip().equals("Verified by")) {
        rows.add(cells);
      }
    }
    return rows;
  }
}
