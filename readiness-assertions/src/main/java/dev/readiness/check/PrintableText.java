package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Makes text from a server safe to print on a terminal or in a document: every control character that could steer
 * a terminal or reorder text (C0 except line feed and tab, DEL, C1, and the Unicode bidirectional controls) is
 * replaced by its visible escape, such as {@code \x1b} for ESC, so a server cannot clear the screen, set the window
 * title, plant a hyperlink or reverse a line. {@link CheckRunner} applies it to every text of a result; the text
 * and Markdown reports apply it again to everything they print.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PrintableText {

  private PrintableText() {}

  /**
   * @param text any text
   * @return the text with every such character shown as {@code \xNN} or {@code \}{@code uNNNN}; the same instance
   *     when there is none
   */
  public static String neutralise(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
