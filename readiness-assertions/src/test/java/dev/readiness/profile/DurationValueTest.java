package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationValueTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "300ms, PT0.3S",
      "5s, PT5S",
      "15m, PT15M",
      "2h, PT2H",
      "365d, PT8760H",
      "PT10M, PT10M",
      "P1DT2H, PT26H",
      "PT0.25S, PT0.25S",
  })
  void readsShortFormsAndIso8601(String text, Duration expected) {
    assertThat(DurationValue.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"fast", "5", "5 s", "5S", "1.5s", "5sec", "-5s", "s", "", "pt10m",
      "999999999999999999d"})
  void rejectsAnythingElseNamingTheText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DurationValue.parse(text))
        .withMessage("'" + text + "' is not a duration; use 300ms, 5s, 15m, 2h, 365d or ISO-8601 such as PT10M");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"0s", "0ms", "PT0S", "-PT5S", "PT-5S"})
  void rejectsZeroAndNegativeDurations(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DurationValue.parse(text))
        .withMessage("'" + text + "' is not a positive duration");
  }

  @Test
  void namesKeyAndLineOfABadTimeout() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  timeout: fast\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.timeout: 'fast' is not a duration;"
        + " use 300ms, 5s, 15m, 2h, 365d or ISO-8601 such as PT10M");
    assertThat(e.key()).isEqualTo("target.timeout");
    assertThat(e.line()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "jwt: {maxLifetime: 15}           | jwt.maxLifetime",
      "hsts: {minMaxAge: 1y}            | hsts.minMaxAge",
      "load: {path: /, duration: 10}    | load.duration",
      "load: {path: /, p95: 0.3s}       | load.p95",
  })
  void namesEveryDurationKey(String section, String key) {
    ProfileException e = parseError("target: {url: https://a.example}\n" + section + "\n");

    assertThat(e.key()).isEqualTo(key);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).endsWith("is not a duration; use 300ms, 5s, 15m, 2h, 365d or ISO-8601 such as PT10M");
  }
}
