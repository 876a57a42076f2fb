package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PT0S          | 0 seconds
      PT0.3S        | 300 milliseconds
      PT1S          | 1 second
      PT90S         | 1 minute 30 seconds
      PT15M         | 15 minutes
      PT15M1S       | 15 minutes 1 second
      PT2H          | 2 hours
      PT24H         | 1 day
      PT168H        | 7 days
      PT8760H       | 365 days
      PT27H46M40S   | 1 day 3 hours 46 minutes 40 seconds
      """)
  void writesWholeUnitsExactlyLargestFirst(Duration duration, String expected) {
    assertThat(Durations.describe(duration)).isEqualTo(expected);
  }
}
