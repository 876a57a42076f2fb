package dev.readiness.profile;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Shared inputs for the profile tests: the example profile's directory and parsing shortcuts. */
final class ProfileFixtures {

  static final Map<String, String> ENV = Map.of("APP_PASSWORD", "s3cret");

  private ProfileFixtures() {}

  /** @return the test resource directory holding {@code readiness.yaml} and {@code certs/ca.pem} */
  static Path profilesDirectory() {
    try {
      return Path.of(ProfileFixtures.class.getResource("/profiles/readiness.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static StackProfile parse(String yaml) {
    return StackProfile.parse(yaml, profilesDirectory(), ENV);
  }

  static ProfileException parseError(String yaml) {
    return catchThrowableOfType(ProfileException.class, () -> parse(yaml));
  }
}
