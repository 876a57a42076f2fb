package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The length caps of everything a check result shows, so a server that answers with a megabyte header or a
 * profile with thousands of endpoints cannot make a report megabytes long: a text over its cap keeps its start and
 * ends with a marker saying how much was cut; evidence beyond {@value #MAX_EVIDENCE} items is summed up in one
 * last item.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportedText {

  /** The longest message or finding, in characters. */
  public static final int MAX_MESSAGE = 2048;
  /** The longest fix, in characters. */
  public static final int MAX_FIX = 1024;
  /** The longest evidence title, in characters. */
  public static final int MAX_TITLE = 512;
  /** The longest evidence detail, in characters. */
  public static final int MAX_DETAIL = 16 * 1024;
  /** The most evidence items one result keeps. */
  public static final int MAX_EVIDENCE = 100;

  private ReportedText() {}

  /**
   * @param text any text
   * @param max the cap, in characters
   * @return the text when it fits; else its first characters and {@code ... [N more characters cut]}, at most
   *     {@code max} characters in all
   */
  public static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String marker = " ... [" + (text.length() - max) + " more characters cut]";
    int keep = Math.max(0, max - marker.length());
    if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + marker;
  }

  /**
   * @param evidence every item a check gathered, already capped one by one
   * @return at most {@value #MAX_EVIDENCE} items: the first ones, and one last saying how many were left out
   */
  public static List<Evidence> capEvidence(List<Evidence> evidence) {
    if (evidence.size() <= MAX_EVIDENCE) {
      return evidence;
    }
    List<Evidence> kept = new ArrayList<>(evidence.subList(0, MAX_EVIDENCE - 1));
    kept.add(Evidence.of("... " + (evidence.size() - MAX_EVIDENCE + 1) + " more exchanges not shown"));
    return kept;
  }
}
