package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parse;
import static dev.readiness.profile.ProfileFixtures.parseError;
import static dev.readiness.profile.ProfileFixtures.profilesDirectory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetReaderTest {

  @Test
  void readsTrustAnchorsRelativeToTheBaseDirectory() {
    StackProfile profile = parse("target:\n  url: https://a.example\n  trust: certs/ca.pem\n");

    assertThat(profile.target().trustAnchors()).singleElement()
        .satisfies(anchor -> assertThat(anchor.getIssuerX500Principal().getName()).isEqualTo("CN=Readiness Test CA"));
  }

  @Test
  void readsTrustAnchorsRelativeToTheLoadedFile(@TempDir Path directory) throws IOException {
    Path certs = Files.createDirectory(directory.resolve("certs"));
    Files.copy(profilesDirectory().resolve("certs/ca.pem"), certs.resolve("ca.pem"));
    Path file = Files.writeString(directory.resolve("readiness.yaml"),
        "target:\n  url: https://a.example\n  trust: certs/ca.pem\n");

    assertThat(StackProfile.load(file).target().trustAnchors()).hasSize(1);
  }

  @Test
  void namesTargetTrustWhenThePemFileIsMissing() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  trust: certs/missing.pem\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.trust: no such PEM file: "
        + profilesDirectory().resolve("certs/missing.pem"));
  }

  @Test
  void namesTargetTrustWhenTheFileHoldsNoCertificate() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  trust: readiness.yaml\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.trust: " + profilesDirectory().resolve("readiness.yaml")
        + ": no '-----BEGIN CERTIFICATE-----' block found");
  }

  @Test
  void namesTargetTrustWhenTheCertificateIsCorrupt(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("bad.pem"),
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");

    ProfileException e = catchProfileException(
        "target:\n  url: https://a.example\n  trust: bad.pem\n", directory);

    assertThat(e.key()).isEqualTo("target.trust");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).startsWith(directory.resolve("bad.pem") + ": not a valid PEM certificate");
  }

  @Test
  void readsHttpUrlAndTimeout() {
    StackProfile profile = parse("target:\n  url: https://a.example\n  httpUrl: http://a.example:8080\n"
        + "  timeout: 1500ms\n");

    assertThat(profile.target().httpUrl()).hasValueSatisfying(url -> assertThat(url).hasToString("http://a.example:8080/"));
    assertThat(profile.target().timeout()).hasMillis(1500);
  }

  private static ProfileException catchProfileException(String yaml, Path baseDirectory) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(ProfileException.class,
        () -> StackProfile.parse(yaml, baseDirectory, Map.of()));
  }
}
