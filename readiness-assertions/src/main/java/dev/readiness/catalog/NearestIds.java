package dev.readiness.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The known ids closest to a mistyped one, by edit distance (Levenshtein: one insertion, deletion or substitution
 * of a character costs 1), so an error can say "did you mean" instead of listing every id.
 */
final class NearestIds {

  /** At most this many ids are suggested. */
  static final int MAX_SUGGESTIONS = 3;

  private NearestIds() {}

  /**
   * @param typed the id that was given
   * @param known the known ids, in the order ties are listed
   * @return up to {@value #MAX_SUGGESTIONS} known ids within a third of their length (at least 2 edits) of
   *     {@code typed}, nearest first; ids of the same area ({@code hsts} in {@code hsts.maxage}) come next when
   *     fewer are that near; empty when nothing is close
   */
  static List<String> to(String typed, List<String> known) {
    List<String> near = IntStream.range(0, known.size()).boxed()
        .filter(i -> distance(typed, known.get(i)) <= Math.max(2, known.get(i).length() / 3))
        .sorted(Comparator.<Integer>comparingInt(i -> distance(typed, known.get(i))).thenComparingInt(i -> i))
        .map(known::get).limit(MAX_SUGGESTIONS).toList();
    if (near.size() >= MAX_SUGGESTIONS) {
      return near;
    }
    String area = typed.contains(".") ? typed.substring(0, typed.indexOf('.') + 1) : typed + ".";
    List<String> sameArea = known.stream().filter(id -> id.startsWith(area) && !near.contains(id))
        .limit(MAX_SUGGESTIONS - near.size()).toList();
    return Stream.concat(near.stream(), sameArea.stream()).toList();
  }

  /** @return the Levenshtein distance between {@code a} and {@code b} */
  static int distance(String a, String b) {
    int[] previous = IntStream.rangeClosed(0, b.length()).toArray();
    int[] current = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
