package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginValueTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://app.example.com", "http://localhost:3000", "https://[::1]:8443",
      "capacitor://localhost"})
  void acceptsSchemeHostAndOptionalPort(String origin) {
    assertThat(OriginValue.check(origin)).isEqualTo(origin);
  }
}
