package dev.readiness.cors;

import dev.readiness.check.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CORS probe run as one table: a row per {@code Origin} sent (its class and value), a column per request (each
 * URL's {@code GET} and {@code OPTIONS} preflight), and in each cell the status and what
 * {@code Access-Control-Allow-Origin} said ({@code echoed} when it named the origin sent, {@code *}, another
 * origin, or {@code none}), with {@code +credentials} when {@code Access-Control-Allow-Credentials: true} came too.
 */
final class CorsMatrix {

  private CorsMatrix() {}

  /** @return the table of these responses */
  static Evidence of(List<CorsResponse> responses) {
    Set<String> columns = new LinkedHashSet<>();
    Map<OriginVariant, Map<String, String>> cells = new LinkedHashMap<>();
    for (CorsResponse r : responses) {
      String column = r.preflight() ? r.request() + " (preflight)" : r.request();
      columns.add(column);
      cells.computeIfAbsent(r.variant(), v -> new LinkedHashMap<>()).put(column, cell(r));
    }
    List<String> header = new ArrayList<>(List.of("origin class", "Origin"));
    header.addAll(columns);
    List<List<String>> rows = new ArrayList<>();
    cells.forEach((variant, byColumn) -> {
      List<String> row = new ArrayList<>(List.of(variant.kind().label(), variant.origin()));
      columns.forEach(c -> row.add(byColumn.getOrDefault(c, "-")));
      rows.add(row);
    });
    return Evidence.table("CORS: origin x request (status, Access-Control-Allow-Origin)", header, rows);
  }

  private static String cell(CorsResponse r) {
    String allow = r.echoes() ? "echoed" : r.headers().isWildcard() ? "*" : r.headers().allowOrigin().orElse("none");
    return r.status() + ", " + allow + (r.headers().allowCredentials() ? " +credentials" : "");
  }
}
