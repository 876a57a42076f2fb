package dev.readiness.report;

import dev.readiness.check.PrintableText;

/**
 * Puts text that may come from a server into Markdown so that it renders as the same text and nothing else: no
 * HTML element ({@code <script>}, {@code <img onerror>}), no image or link syntax ({@code ![t](http://...)}), no
 * emphasis, no table break, no control character.
 */
final class MarkdownText {

  private static final String MARKDOWN_PUNCTUATION = "\\`*_[]!|~";

  private MarkdownText() {}

  /**
   * @param text any text
   * @return the text for a table cell: HTML escaped as entities, Markdown punctuation backslash-escaped, line
   *     breaks as spaces, control characters neutralised
   */
  static String cell(String text) {
    String clean = PrintableText.neutralise(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (char c : clean.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * @param text any text
   * @return the text as an inline code span, with a fence longer than any run of backticks inside it, on one line
   *     and with table pipes escaped
   */
  static String code(String text) {
    String clean = PrintableText.neutralise(text).replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (char c : clean.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
    return fence + pad + clean + pad + fence;
  }
}
