package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.ENV;
import static dev.readiness.profile.ProfileFixtures.parse;
import static dev.readiness.profile.ProfileFixtures.profilesDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.target.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProfileTest {

  private static StackProfile example() throws IOException {
    Path file = profilesDirectory().resolve("readiness.yaml");
    return StackProfile.parse(Files.readString(file), profilesDirectory(), ENV);
  }

  @Test
  void readsTheTargetOfTheDocumentedExample() throws IOException {
    Target target = example().target();

    assertThat(target.url()).isEqualTo(URI.create("https://localhost:8443/"));
    assertThat(target.httpUrl()).contains(URI.create("http://localhost:8080/"));
    assertThat(target.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(target.trustAnchors()).singleElement()
        .satisfies(anchor -> assertThat(anchor.getSubjectX500Principal().getName())
            .isEqualTo("CN=Readiness Test CA"));
  }

  @Test
  void readsEveryOtherSectionOfTheDocumentedExample() throws IOException {
    StackProfile profile = example();

    assertThat(profile.tlsProfile()).isEqualTo(TlsProfile.INTERMEDIATE);
    assertThat(profile.paths())
        .isEqualTo(new Paths("/", Optional.of("/health"), Optional.of("/api/rooms")));
    assertThat(profile.auth()).contains(new Auth(
        Optional.of(new Login("/api/auth/login", "{\"username\":\"${user}\",\"password\":\"${password}\"}",
            "application/json", "alice", "s3cret", Optional.of("/access_token"), Optional.of("/refresh_token"))),
        Optional.of(new Refresh("/api/auth/refresh", "{\"refresh_token\":\"${refreshToken}\"}")),
        List.of(new Credentials("admin", "admin"))));
    assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(profile.hsts().minMaxAge()).isEqualTo(Duration.ofDays(365));
    assertThat(profile.cors()).contains(new Cors(List.of("https://app.example.com"), false));
    assertThat(profile.rateLimit())
        .isEqualTo(new RateLimit(List.of(new RateLimitEndpoint("/api/rooms", "GET", true, 300)), true));
    assertThat(profile.upload()).contains(new Upload("/api/files", "file", true,
        List.of("image/png", "image/jpeg", "application/pdf"), 1_048_576));
    assertThat(profile.websocket())
        .contains(new WebSocketSettings("/socket.io/?EIO=4&transport=websocket", true));
    assertThat(profile.exposure().allow()).isEmpty();
    assertThat(profile.repository()).contains(profilesDirectory());
    assertThat(profile.load()).contains(new Load("/health", 100, Duration.ofSeconds(10),
        Duration.ofMillis(300), OptionalInt.empty()));
    assertThat(profile.source()).isEmpty();
    assertThat(profile.baseDirectory()).isEqualTo(profilesDirectory());
  }

  @Test
  void appliesDefaultsWhenOnlyTheTargetUrlIsGiven() {
    StackProfile profile = parse("target:\n  url: https://shop.example\n");

    assertThat(profile.target()).isEqualTo(Target.of("https://shop.example"));
    assertThat(profile.target().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(profile.tlsProfile()).isEqualTo(TlsProfile.INTERMEDIATE);
    assertThat(profile.paths()).isEqualTo(new Paths("/", Optional.empty(), Optional.empty()));
    assertThat(profile.auth()).isEmpty();
    assertThat(profile.jwt().maxLifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(profile.hsts().minMaxAge()).isEqualTo(Duration.ofDays(365));
    assertThat(profile.cors()).isEmpty();
    assertThat(profile.rateLimit()).isEqualTo(new RateLimit(List.of(), false));
    assertThat(profile.upload()).isEmpty();
    assertThat(profile.websocket()).isEmpty();
    assertThat(profile.exposure().allow()).isEmpty();
    assertThat(profile.repository()).isEmpty();
    assertThat(profile.load()).isEmpty();
  }

  @Test
  void appliesDefaultsInsideGivenSections() {
    StackProfile profile = parse("""
        target: {url: https://shop.example}
        auth:
          login: {path: /login, body: 'u=${user}&p=${password}', user: bob, password: pw}
        cors: {allowedOrigins: [https://shop.example]}
        rateLimit:
          endpoints: [{path: /api}]
          loginAttempts: 12
        upload: {path: /files, maxBytes: 10}
        websocket: {path: /ws}
        load: {path: /health, rate: 50}
        """);

    assertThat(profile.auth().flatMap(Auth::login)).contains(new Login("/login", "u=${user}&p=${password}",
        "application/json", "bob", "pw", Optional.empty(), Optional.empty()));
    assertThat(profile.auth().map(Auth::defaultCredentials)).contains(List.of());
    assertThat(profile.cors()).contains(new Cors(List.of("https://shop.example"), false));
    assertThat(profile.rateLimit())
        .isEqualTo(new RateLimit(List.of(new RateLimitEndpoint("/api", "GET", false, 300)), false, 12));
    assertThat(profile.upload()).contains(new Upload("/files", "file", false, List.of(), 10));
    assertThat(profile.websocket()).contains(new WebSocketSettings("/ws", false));
    assertThat(profile.load()).contains(new Load("/health", 100, Duration.ofSeconds(10),
        Duration.ofMillis(300), OptionalInt.of(50)));
  }

  @Test
  void readsModernAndBaselineProfilesAndHstsMinimum() {
    assertThat(parse("target: {url: https://a.example}\nprofile: modern\n").tlsProfile())
        .isEqualTo(TlsProfile.MODERN);
    assertThat(parse("target: {url: https://a.example}\nprofile: baseline\n").tlsProfile())
        .isEqualTo(TlsProfile.BASELINE);
    assertThat(parse("target: {url: https://a.example}\nhsts: {minMaxAge: 180d}\n").hsts().minMaxAge())
        .isEqualTo(Duration.ofDays(180));
  }

  @Test
  void loadRecordsTheSourceFileAndResolvesPathsAgainstItsDirectory(@TempDir Path directory)
      throws IOException {
    Path repository = Files.createDirectory(directory.resolve("app"));
    Path file = Files.writeString(directory.resolve("readiness.yaml"),
        "target:\n  url: https://shop.example\nrepository: app\n");

    StackProfile profile = StackProfile.load(file);

    assertThat(profile.source()).contains(file);
    assertThat(profile.baseDirectory()).isEqualTo(directory.toAbsolutePath());
    assertThat(profile.repository()).contains(repository.toAbsolutePath());
  }

  @Test
  void loadNamesTheFileInErrors(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("stack.yaml"), "target:\n  url: htp://x\n");

    assertThatThrownBy(() -> StackProfile.load(file))
        .isInstanceOf(ProfileException.class)
        .hasMessage("stack.yaml:2: target.url: 'htp://x' is not an absolute http:// or https:// URL")
        .satisfies(e -> assertThat(((ProfileException) e).file()).contains(file));
  }

  @Test
  void forTargetHoldsOnlyTheTargetAndDefaults() {
    Target target = Target.of("https://shop.example");

    StackProfile profile = StackProfile.forTarget(target);

    assertThat(profile.target()).isSameAs(target);
    assertThat(profile.source()).isEmpty();
    assertThat(profile.baseDirectory()).isEqualTo(Path.of("").toAbsolutePath());
    assertThat(profile).isEqualTo(
        StackProfile.parse("target: {url: https://shop.example}", Path.of(""), Map.of()));
  }

  @Test
  void withUrlReplacesOnlyTheBaseUrl() throws IOException {
    StackProfile profile = example();

    StackProfile moved = profile.withUrl("https://127.0.0.1:32768");

    assertThat(moved.target().url()).isEqualTo(URI.create("https://127.0.0.1:32768/"));
    assertThat(moved.target().httpUrl()).isEqualTo(profile.target().httpUrl());
    assertThat(moved.target().trustAnchors()).isEqualTo(profile.target().trustAnchors());
    assertThat(moved.target().timeout()).isEqualTo(profile.target().timeout());
    assertThat(moved.withUrl("https://localhost:8443")).isEqualTo(profile);
  }

  @Test
  void withUrlNamesARejectedUrl() {
    StackProfile profile = StackProfile.forTarget(Target.of("https://shop.example"));

    assertThatThrownBy(() -> profile.withUrl("ftp://shop.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ftp://shop.example'");
  }

  @Test
  void withTargetReplacesTheTargetAndKeepsTheRest() throws IOException {
    StackProfile profile = example();
    Target other = Target.of("https://other.example");

    StackProfile moved = profile.withTarget(other);

    assertThat(moved.target()).isSameAs(other);
    assertThat(moved.auth()).isEqualTo(profile.auth());
    assertThat(moved.upload()).isEqualTo(profile.upload());
  }

  @Test
  void toStringNamesTheTargetButNoSecret() throws IOException {
    StackProfile profile = example();

    assertThat(profile).hasToString("StackProfile[https://localhost:8443/ (+http://localhost:8080/)]");
    assertThat(profile.auth().orElseThrow().toString())
        .doesNotContain("s3cret")
        .contains("user=alice, password=***")
        .contains("Credentials[user=admin, password=***]");
  }
}
