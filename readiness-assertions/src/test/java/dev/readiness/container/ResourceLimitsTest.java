package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceLimitsTest {

  @ParameterizedTest(name = "[{index}] {5}")
  @CsvSource(delimiter = '|', value = {
      "0         | 0          | 0     | 0      | 0   | no memory limit, no CPU limit",
      "268435456 | 500000000  | 0     | 0      | 100 | memory 256 MiB, CPUs 0.5, pids 100",
      "1000000   | 0          | 50000 | 0      | -1  | memory 1000000 bytes, CPUs 0.5",
      "0         | 0          | 25000 | 50000  | 0   | no memory limit, CPUs 0.5",
      "0         | 2000000000 | 0     | 0      | 0   | no memory limit, CPUs 2"})
  void describesTheLimitsAPersonReads(long memory, long nanoCpus, long quota, long period, long pids,
      String described) {
    assertThat(new ResourceLimits(memory, nanoCpus, quota, period, pids).describe()).isEqualTo(described);
  }
}
