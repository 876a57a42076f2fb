package dev.readiness.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The soak of bench/soak/run.sh, not part of CI: each hardened stack of {@link #launchers} started and scanned with
 * the full standard kit through the command line {@value #RUNS_PROPERTY} times (a fresh stack each time, so every
 * scan meets full limiter quotas), counting READY scans (every check PASS or SKIPPED). Writes one line per stack to
 * {@code target/stacks-soak.txt}, with the statuses of each scan that was not READY, and fails unless every scan was
 * READY. Each subclass carries {@code @EnabledIfSystemProperty(named = RUNS_PROPERTY, ...)}: JUnit's conditions are
 * not inherited.
 */
abstract class StackSoak {

  /** The number of scans per stack: {@value}. */
  static final String RUNS_PROPERTY = "readiness.stacks.soak";

  /** @return the stacks to soak, by name, in order */
  abstract Map<String, StackLauncher> launchers();

  @Test
  void everyHardenedStackIsReadyEveryTime() throws Exception {
    int runs = Integer.parseInt(System.getProperty(RUNS_PROPERTY));
    List<String> lines = new ArrayList<>();
    int ready = 0;
    for (Map.Entry<String, StackLauncher> stack : launchers().entrySet()) {
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
    }
    Path summary = Files.write(Path.of("target/stacks-soak.txt"), lines);

    assertThat(ready).as("READY scans (%s)", summary.toAbsolutePath()).isEqualTo(launchers().size() * runs);
  }
}
