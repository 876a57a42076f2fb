package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileOverrideTest {

  private static final String ORIGIN = "@ReadinessSetting(key = \"jwt.maxLifetime\", value = \"10m\") on ApiTest";

  private static Path profile(Path dir, String yaml) throws IOException {
    return Files.writeString(dir.resolve("readiness.yaml"), yaml);
  }

  @Test
  void overrideReplacesAValueOfTheFile(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\njwt:\n  maxLifetime: 1h\n");

    StackProfile profile = StackProfile.load(file, List.of(new ProfileOverride("jwt.maxLifetime", "10m", ORIGIN)));

    assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(10));
    assertThat(profile.target().url()).isEqualTo(URI.create("https://localhost:8443/"));
  }

  @Test
  void overrideAddsASectionTheFileLacks(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\n");

    StackProfile profile = StackProfile.load(file, List.of(new ProfileOverride("hsts.minMaxAge", "1d", "@X")));

    assertThat(profile.hsts().minMaxAge()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void laterOverrideWins(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\n");

    StackProfile profile = StackProfile.load(file, List.of(new ProfileOverride("jwt.maxLifetime", "10m", "@A"),
        new ProfileOverride("jwt.maxLifetime", "PT5M", "@B")));

    assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void invalidValueNamesTheOverrideNotTheFile(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\n");

    assertThatThrownBy(() -> StackProfile.load(file,
        List.of(new ProfileOverride("jwt.maxLifetime", "ten minutes", ORIGIN))))
        .isInstanceOf(ProfileException.class)
        .hasMessage(ORIGIN + ": jwt.maxLifetime: 'ten minutes' is not a duration; use 300ms, 5s, 15m, 2h, 365d "
            + "or ISO-8601 such as PT10M")
        .satisfies(e -> assertThat(((ProfileException) e).line()).isZero());
  }

  @Test
  void unknownKeyNamesTheOverrideAndTheKnownKeys(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\njwt:\n  maxLifetime: 1h\n");

    assertThatThrownBy(() -> StackProfile.load(file, List.of(new ProfileOverride("jwt.maxLifetme", "10m", "@S"))))
        .hasMessage("@S: jwt.maxLifetme: unknown key; expected one of maxLifetime, secretCandidates");
  }

  @Test
  void errorsOfTheFileKeepTheirLine(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\n  timeot: 5s\n");

    assertThatThrownBy(() -> StackProfile.load(file, List.of(new ProfileOverride("jwt.maxLifetime", "10m", "@S"))))
        .hasMessageStartingWith("readiness.yaml:3: target.timeot: unknown key");
  }

  @Test
  void cannotSetBelowASingleValue(@TempDir Path dir) throws IOException {
    Path file = profile(dir, "target:\n  url: https://localhost:8443\n");

    assertThatThrownBy(() -> StackProfile.load(file, List.of(new ProfileOverride("target.url.port", "1", "@S"))))
        .hasMessage("@S: target.url.port: target.url in " + file + " is a single value, so target.url.port cannot "
            + "be set");
  }

  @Test
  void settingsAloneMakeAProfile() {
    StackProfile profile = StackProfile.fromSettings("https://localhost:9443", "@ReadinessTest(url)",
        List.of(new ProfileOverride("jwt.maxLifetime", "PT10M", "@JwtPolicy")));

    assertThat(profile.target().url()).isEqualTo(URI.create("https://localhost:9443/"));
    assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(10));
    assertThat(profile.source()).isEmpty();
  }

  @Test
  void invalidUrlSettingNamesItsOrigin() {
    assertThatThrownBy(() -> StackProfile.fromSettings("htp://x", "@ReadinessTest(url = \"htp://x\")", List.of()))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("@ReadinessTest(url = \"htp://x\"): target.url: ");
  }

  @Test
  void rejectsAKeyThatIsNotDotted() {
    assertThatThrownBy(() -> new ProfileOverride("jwt..x", "1", "@S"))
        .hasMessage("@S: 'jwt..x' is not a dotted profile key such as jwt.maxLifetime");
  }
}
