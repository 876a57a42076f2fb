package dev.readiness.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The soak of bench/soak/run.sh, not part of CI: each hardened stack of {@link #launchers} started and scanned with
 * the full standard kit through the command line {@value #RUNS_PROPERTY} times (a fresh stack each time, so every
 * scan meets full limiter quotas), counting READY scans (every check PASS or SKIPPED). Writes one line per stack to
 * {@code target/stacks-soak.txt} as each stack finishes, with the statuses of each scan that was not READY, and fails
 * unless every scan was READY. {@value #ONLY_PROPERTY} restricts it to some stacks, so stacks can soak side by side. Each subclass carries {@code @EnabledIfSystemProperty(named = RUNS_PROPERTY, ...)}: JUnit's conditions are
 * not inherited.
 */
abstract class StackSoak {

  /** The number of scans per stack: {@value}. */
  static final String RUNS_PROPERTY = "readiness.stacks.soak";

  /** The stacks to soak, comma-separated names of {@link #launchers} (all when unset or empty): {@value}. */
  static final String ONLY_PROPERTY = "readiness.stacks.soak.only";

  /** @return the stacks to soak, by name, in order */
  abstract Map<String, StackLauncher> launchers();

  @Test
  void everyHardenedStackIsReadyEveryTime() throws Exception {
    int runs = Integer.parseInt(System.getProperty(RUNS_PROPERTY));
    Set<String> only = Set.of(System.getProperty(ONLY_PROPERTY, "").split(",")).stream().map(String::strip)
        .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    Map<String, StackLauncher> soaked = new LinkedHashMap<>(launchers());
    soaked.keySet().removeIf(name -> !only.isEmpty() && !only.contains(name));
    List<String> lines = new ArrayList<>();
    Path summary = Path.of("target/stacks-soak.txt");
    int ready = 0;
    for (Map.Entry<String, StackLauncher> stack : soaked.entrySet()) {
      int stackReady = 0;
      List<String> misses = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        try (RunningStack hardened = stack.getValue().start(Set.of())) {
          ScanResult result = CliScan.run(hardened, StandardKit.all());
          if (result.withStatus("FAIL").isEmpty() && result.withStatus("ERROR").isEmpty()) {
            stackReady++;
          } else {
            misses.add("  run " + run + ": " + result.summary().replace("\n", "\n    "));
          }
        }
      }
      ready += stackReady;
      lines.add(stack.getKey() + ": " + stackReady + " of " + runs + " READY");
      lines.addAll(misses);
      Files.write(summary, lines);
    }

    assertThat(ready).as("READY scans (%s)", summary.toAbsolutePath()).isEqualTo(soaked.size() * runs);
  }
}
