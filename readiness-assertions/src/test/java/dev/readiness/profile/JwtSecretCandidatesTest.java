package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parse;
import static dev.readiness.profile.ProfileFixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtSecretCandidatesTest {

  @Test
  void readsCandidatesInOrderWithEnvironmentReferences() {
    Jwt jwt = parse("""
        target: {url: https://a.example}
        jwt:
          secretCandidates: ['${env:APP_PASSWORD}', dev-signing-key]
        """).jwt();

    assertThat(jwt.secretCandidates()).containsExactly("s3cret", "dev-signing-key");
    assertThat(jwt.maxLifetime()).isEqualTo(Jwt.DEFAULT_MAX_LIFETIME);
  }

  @Test
  void hasNoCandidatesByDefault() {
    assertThat(parse("target: {url: https://a.example}\njwt: {maxLifetime: 10m}\n").jwt())
        .isEqualTo(new Jwt(Duration.ofMinutes(10), List.of()));
    assertThat(parse("target: {url: https://a.example}\n").jwt().secretCandidates()).isEmpty();
  }

  @Test
  void rejectsAnEmptyCandidateNamingTheItemButNoSecret() {
    ProfileException error = parseError("""
        target: {url: https://a.example}
        jwt:
          secretCandidates: ['${env:APP_PASSWORD}', '${env:UNSET_KEY:-}']
        """);

    assertThat(error.getMessage()).contains(":3:", "jwt.secretCandidates[1]",
        "a secret candidate is empty (an unset environment variable?)").doesNotContain("s3cret");
  }

  @Test
  void rejectsASingleValueWhereAListBelongs() {
    assertThat(parseError("target: {url: https://a.example}\njwt: {secretCandidates: dev-key}\n").getMessage())
        .contains("jwt.secretCandidates", "expected a list").doesNotContain("dev-key");
  }

  @Test
  void toStringCountsTheCandidatesWithoutShowingThem() {
    assertThat(new Jwt(Duration.ofMinutes(15), List.of("dev-signing-key")))
        .hasToString("Jwt[maxLifetime=PT15M, secretCandidates=1]");
  }
}
