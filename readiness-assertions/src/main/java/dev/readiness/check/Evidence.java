package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a probe saw, as a person reads it: a one-line title (for example {@code GET https://host/ -> 200})
 * and a multi-line detail, or a table when people would rather look than read (a grid of TLS versions and suites,
 * the status each forged token got). Evidence is redacted before it is created: it never holds a token, password
 * or cookie value.
 *
 * @param title one line
 * @param detail any number of lines, possibly empty
 * @param table rows of cells, the first row the header; empty for evidence that is not a table
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Evidence(String title, String detail, List<List<String>> table) {

  /** Copies the table and validates that every part is present. */
  public Evidence {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    table = table.stream().map(List::copyOf).toList();
  }

  /** Evidence that is not a table. */
  public Evidence(String title, String detail) {
    this(title, detail, List.of());
  }

  /**
   * @param title one line naming what the table shows
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @return evidence holding the table, its detail the same table as tab-separated lines
   * @throws IllegalArgumentException when a row is not as long as the header
   */
  public static Evidence table(String title, List<String> header, List<List<String>> rows) {
    List<List<String>> table = new ArrayList<>();
    table.add(header);
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row of the table '" + title + "' has " + row.size()
            + " cells, its header " + header.size());
      }
      table.add(row);
    }
    String detail = table.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
    return new Evidence(title, detail, table);
  }

  /** @return whether this evidence is a table */
  public boolean isTable() {
    return !table.isEmpty();
  }

  /** @return evidence with a title only */
  public static Evidence of(String title) {
    return new Evidence(title, "");
  }
}
