package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The upload checks against the embedded demo stack: hardened, and with each upload fault alone. */
class UploadChecksIT {

  private static final List<String> IDS = List.of("upload.type", "upload.content-sniffing", "upload.size",
      "upload.malware");

  private static StackProfile profile(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-upload-it")));
  }

  private static Map<String, CheckResult> run(DemoStack stack) throws IOException {
    try (TargetSession session = TargetSession.open(profile(stack))) {
      return CheckRunner.runAll(IDS.stream().map(CheckCatalog::require).toList(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  @Test
  void hardenedStackPassesEveryUploadCheckAfterItsPositiveControl() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = run(stack);

      assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message())
          .isEqualTo(Status.PASS));
      assertThat(results.get("upload.type").message()).isEqualTo("5 files of disallowed types rejected: "
          + "setup.exe -> 415, install -> 415, install.sh -> 415, page.html -> 415, image.svg -> 415");
      assertThat(results.get("upload.content-sniffing").message()).isEqualTo("6 disguised files rejected: "
          + "photo.png -> 415, photo.jpg -> 415, photo.gif -> 415, document.pdf -> 415, document.txt -> 415, "
          + "photo.png.exe -> 415; the polyglot polyglot.png -> 415");
      assertThat(results.get("upload.size").message()).isEqualTo("a file one byte over upload.maxBytes (1048576) was "
          + "rejected: at-limit.png -> 201, over-limit.png -> 413");
      assertThat(results.get("upload.size").findings()).isEmpty();
      assertThat(results.get("upload.malware").message())
          .isEqualTo("the EICAR test file was rejected: eicar.txt -> 422");
      assertThat(results.get("upload.type").evidence())
          .as("the control stored a valid file of each of the 5 allowed types first")
          .filteredOn(e -> e.title().contains("/api/files -> 201")).hasSize(5);
      assertThat(results.values()).allSatisfy(r -> assertThat(r.toString()).doesNotContain(DemoStack.password()));
    }
  }

  static List<Arguments> faults() {
    return List.of(
        Arguments.of(Misconfiguration.UPLOAD_ANY_TYPE, "upload.type",
            "-> 201: setup.exe (application/x-msdownload, a Windows PE executable, 148 bytes) was stored; an endpoint "
                + "that stores executables, scripts or markup lets an attacker host malware or run script in your "
                + "users' browsers from your origin (and 4 more)"),
        Arguments.of(Misconfiguration.UPLOAD_TRUSTS_CONTENT_TYPE, "upload.content-sniffing",
            "-> 201: photo.png (image/png, a Windows PE executable, 148 bytes) was stored; the endpoint trusts the "
                + "file name or the declared Content-Type, so any content passes as an allowed type (and 5 more)"),
        Arguments.of(Misconfiguration.UPLOAD_NO_SIZE_LIMIT, "upload.size",
            "-> 201: over-limit.png (image/png, a valid PNG image padded with content its format ignores, 1048577 "
                + "bytes) was stored, although upload.maxBytes is 1048576; without a size limit one client can fill "
                + "the disk or exhaust memory"),
        Arguments.of(Misconfiguration.UPLOAD_NO_MALWARE_SCAN, "upload.malware",
            "-> 201: eicar.txt (text/plain, the EICAR anti-virus test file, 68 bytes) was stored; no malware scanner "
                + "looked at the upload: every anti-virus engine flags the EICAR test file"));
  }

  @ParameterizedTest(name = "{0} fails exactly {1}")
  @MethodSource("faults")
  void eachUploadFaultFailsExactlyItsCheck(Misconfiguration fault, String failing, String message) throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(fault))) {
      Map<String, CheckResult> results = run(stack);

      assertThat(results.get(failing).status()).as(results.get(failing).message()).isEqualTo(Status.FAIL);
      assertThat(results.get(failing).message()).isEqualTo("POST " + stack.httpsUrl() + "api/files " + message);
      assertThat(results.get(failing).fix()).isNotBlank();
      assertThat(results.values()).filteredOn(r -> !r.id().equals(failing))
          .allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.PASS));
    }
  }

  @Test
  void fluentAssertionsPassOnTheHardenedStackAndNameTheFailureOtherwise() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Readiness.assertThat(profile(stack)).uploads().rejectDisallowedTypes().rejectDisguisedContent()
          .rejectOversizedFiles().rejectMalware();
    }
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.UPLOAD_NO_MALWARE_SCAN))) {
      StackProfile profile = profile(stack);

      assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AssertionError.class,
          () -> Readiness.assertThat(profile).uploads().rejectMalware()))
          .hasMessageContaining("upload.malware").hasMessageContaining("eicar.txt (text/plain, the EICAR anti-virus "
              + "test file, 68 bytes) was stored").hasMessageContaining("ClamAV");
    }
  }
}
