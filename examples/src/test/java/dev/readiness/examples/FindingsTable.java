package dev.readiness.examples;

import dev.readiness.check.Status;
import dev.readiness.demo.Misconfiguration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rows of one report's mapping table, read as a whole: which faults each mode starts the demo with, which status
 * each check must get as found.
 */
public final class FindingsTable {

  private final String name;
  private final List<FindingRow> rows;

  private FindingsTable(String name, List<FindingRow> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /**
   * @param <E> the table's enum
   * @param table the enum whose constants are the rows, in order
   * @return the table
   * @throws IllegalArgumentException when two rows give one check different statuses
   */
  public static <E extends Enum<E> & ReportFinding> FindingsTable of(Class<E> table) {
    FindingsTable result = new FindingsTable(table.getSimpleName(),
        Arrays.stream(table.getEnumConstants()).map(ReportFinding::row).toList());
    result.asFoundStatuses();
    return result;
  }

  /** @return the faults of every row in the as-found mode, none in the hardened mode */
  public Set<Misconfiguration> faults(StackMode mode) {
    EnumSet<Misconfiguration> faults = EnumSet.noneOf(Misconfiguration.class);
    if (mode == StackMode.AS_FOUND) {
      rows.forEach(row -> faults.addAll(row.faults()));
    }
    return faults;
  }

  /** @return every check a row names, with its as-found status, sorted by id */
  public Map<String, Status> asFoundStatuses() {
    Map<String, Status> statuses = new TreeMap<>();
    for (FindingRow row : rows) {
      row.asFound().forEach((id, status) -> {
        Status earlier = statuses.putIfAbsent(id, status);
        if (earlier != null && earlier != status) {
          throw new IllegalArgumentException(id + " is " + earlier + " in one row and " + status + " in another ("
              + row.finding() + ")");
        }
      });
    }
    return statuses;
  }

  /** @return the checks the rows expect with this status as found, sorted */
  public Set<String> asFound(Status status) {
    Set<String> ids = new TreeSet<>();
    asFoundStatuses().forEach((id, expected) -> {
      if (expected == status) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** @return every row, in table order */
  public List<FindingRow> rows() {
    return rows;
  }


  /** @return the name of the table's enum */
  @Override
  public String toString() {
    return name;
  }
}
