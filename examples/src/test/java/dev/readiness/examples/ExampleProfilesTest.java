package dev.readiness.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.profile.ProfileException;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two {@code readiness.yaml} files a user copies are valid as they are, with only their secret to supply. */
class ExampleProfilesTest {

  private static StackProfile load(String example, Map<String, String> environment) throws IOException {
    Path directory = ExampleKitContract.EXAMPLES.resolve(example);
    return StackProfile.parse(Files.readString(directory.resolve("readiness.yaml")), directory, environment);
  }

  @Test
  void monttyZoomProfileDescribesLoginRoomsRecordingsSignallingAndRedirect() throws IOException {
    StackProfile profile = load("monttyzoom", Map.of("MONTTY_ZOOM_PASSWORD", "from-a-ci-secret"));

    assertThat(profile.target().url()).isEqualTo(URI.create("https://localhost:5443/"));
    assertThat(profile.target().httpUrl()).contains(URI.create("http://localhost:5080/"));
    assertThat(profile.paths().protectedPath()).contains("/api/rooms");
    assertThat(profile.auth().flatMap(a -> a.login())).hasValueSatisfying(login -> {
      assertThat(login.password()).isEqualTo("from-a-ci-secret");
      assertThat(login.refreshToken()).isEmpty();
    });
    assertThat(profile.upload()).isPresent();
    assertThat(profile.websocket()).hasValueSatisfying(ws -> assertThat(ws.isProtected()).isTrue());
    assertThat(profile.rateLimit().login()).isTrue();
  }

  @Test
  void hypersendProfileDescribesRefreshTokensUploadsAndNoWebSocket() throws IOException {
    StackProfile profile = load("hypersend", Map.of("HYPERSEND_PASSWORD", "from-a-ci-secret",
        "HYPERSEND_URL", "https://chat.example.com"));

    assertThat(profile.target().url()).isEqualTo(URI.create("https://chat.example.com/"));
    assertThat(profile.auth().flatMap(a -> a.refresh())).isPresent();
    assertThat(profile.auth().flatMap(a -> a.login()).flatMap(l -> l.refreshToken())).contains("/refresh_token");
    assertThat(profile.upload()).isPresent();
    assertThat(profile.websocket()).isEmpty();
  }

  @Test
  void aMissingPasswordIsAClearErrorWhenTheLoginIsRead() throws IOException {
    StackProfile profile = load("hypersend", Map.of());

    assertThatThrownBy(() -> profile.auth().flatMap(a -> a.login()).orElseThrow().password())
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("environment variable HYPERSEND_PASSWORD is not set and has no default");
  }
}
