package dev.readiness.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code in a Markdown page: fenced blocks by language, and inline code spans. */
final class MarkdownCode {

  private static final Pattern FENCE = Pattern.compile("^\\s*```(\\w*)\\s*$");
  private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");

  private MarkdownCode() {}

  /**
   * @param markdown a page
   * @param language the fence's info string, such as {@code java}
   * @return the lines of every fenced block in that language, in page order
   * @throws IllegalArgumentException when a fence is not closed
   */
  static List<List<String>> blocks(String markdown, String language) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    boolean wanted = false;
    for (String line : markdown.split("\n", -1)) {
      Matcher fence = FENCE.matcher(line);
      if (current == null && fence.matches()) {
        current = new ArrayList<>();
        wanted = fence.group(1).equals(language);
      } else if (current != null && line.strip().equals("```")) {
        if (wanted) {
          blocks.add(List.copyOf(current));
        }
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    if (current != null) {
      throw new IllegalArgumentException("a ``` fence is not closed");
    }
    return blocks;
  }

  /** @return the text of every inline code span outside fenced blocks, in page order */
  static List<String> inlineSpans(String markdown) {
    List<String> spans = new ArrayList<>();
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence) {
        Matcher span = INLINE.matcher(line);
        while (span.find()) {
          spans.add(span.group(1));
        }
      }
    }
    return spans;
  }
}
