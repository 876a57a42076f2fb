package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpHeaders;
import dev.readiness.http.ProbeRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

  private static final String URL = "https://app.example/api/files";
  private static final UploadFile EXE = UploadFile.of("setup.exe", "application/x-msdownload",
      "a Windows PE executable", UploadPayloads.windowsExecutable());
  private static final UploadFile PNG = UploadFile.of("sample.png", "image/png", "a valid PNG image", new byte[10]);

  static Stream<Arguments> controls() {
    return Stream.of(
        Arguments.of(List.of(201, 200), null),
        Arguments.of(List.of(201, 415), "POST " + URL + " -> 415 for sample.png (image/png, a valid PNG image, "
            + "10 bytes): expected 2xx (positive control)"),
        Arguments.of(List.of(401), "-> 401 for sample.png"),
        Arguments.of(List.of(302), "(a redirect, which is not followed: point upload.path at the endpoint that "
            + "stores the file)"),
        Arguments.of(List.of(429), "(429: a rate limiter this check does not test refused it"),
        Arguments.of(List.of(503), "-> 503 for sample.png"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controls")
  void theControlPassesOnlyWhenEveryValidFileIsStored(List<Integer> statuses, String expectedFragment) {
    List<UploadAttempt> attempts = statuses.stream().map(s -> attempt(PNG, s)).toList();

    if (expectedFragment == null) {
      assertThat(UploadPolicy.controlFailure(attempts)).isEmpty();
    } else {
      assertThat(UploadPolicy.controlFailure(attempts))
          .hasValueSatisfying(m -> assertThat(m).contains(expectedFragment));
    }
  }

  @Test
  void aStoredDisallowedFileFailsNamingFileTypeAnswerAndFix() {
    List<Finding> findings = UploadPolicy.rejections(List.of(attempt(EXE, 415), attempt(EXE, 201)), "why", "fix");

    assertThat(findings).containsExactly(Finding.fail("POST " + URL + " -> 201: setup.exe (application/x-msdownload, "
        + "a Windows PE executable, 148 bytes) was stored; why", "fix"));
  }

  @Test
  void everyRejectionPasses() {
    assertThat(UploadPolicy.rejections(List.of(attempt(EXE, 400), attempt(EXE, 415), attempt(EXE, 422)), "w", "f"))
        .isEmpty();
  }

  @Test
  void anUndecidedAnswerWithoutAStoredFileIsAnErrorReason() {
    List<UploadAttempt> attempts = List.of(attempt(EXE, 415), attempt(EXE, 500));
    List<Finding> findings = UploadPolicy.rejections(attempts, "w", "f");

    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(UploadPolicy.undecidedReason(attempts, findings)).contains("POST " + URL + " -> 500 for setup.exe "
        + "(a server error: the backend failed instead of refusing; a refusal is a 4xx); expected 2xx (stored) or "
        + "4xx (rejected), so the check cannot tell whether the file was stored");
  }

  @Test
  void aStoredFileOutweighsAnUndecidedAnswer() {
    List<UploadAttempt> attempts = List.of(attempt(EXE, 201), attempt(EXE, 500));
    List<Finding> findings = UploadPolicy.rejections(attempts, "w", "f");

    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.FAIL, Severity.WARNING);
    assertThat(UploadPolicy.undecidedReason(attempts, findings)).isEmpty();
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of(413, List.of()),
        Arguments.of(400, List.of(Severity.WARNING)),
        Arguments.of(415, List.of(Severity.WARNING)),
        Arguments.of(201, List.of(Severity.FAIL)),
        Arguments.of(200, List.of(Severity.FAIL)),
        Arguments.of(502, List.of(Severity.WARNING)),
        Arguments.of(429, List.of(Severity.WARNING)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sizes")
  void anOverSizeFileMustBeRejectedAnd413IsPreferred(int status, List<Severity> expected) {
    UploadFile at = UploadFile.of("at-limit.png", "image/png", "a valid PNG image", new byte[10]);
    UploadFile over = UploadFile.of("over-limit.png", "image/png", "a valid PNG image", new byte[11]);

    List<Finding> findings = UploadPolicy.size(attempt(at, 201), attempt(over, status), 10);

    assertThat(findings).extracting(Finding::severity).containsExactlyElementsOf(expected);
    if (status == 201) {
      assertThat(findings.get(0).message()).isEqualTo("POST " + URL + " -> 201: over-limit.png (image/png, a valid "
          + "PNG image, 11 bytes) was stored, although upload.maxBytes is 10; without a size limit one client can fill "
          + "the disk or exhaust memory");
      assertThat(findings.get(0).fix()).contains("multer limits.fileSize").contains("client_max_body_size")
          .contains("spring.servlet.multipart.max-file-size").contains("FastAPI");
    }
  }

  @Test
  void aFileOfExactlyTheMaximumNotStoredIsAWarningThatTheProfileOverstatesTheLimit() {
    UploadFile at = UploadFile.of("at-limit.png", "image/png", "a valid PNG image", new byte[10]);
    UploadFile over = UploadFile.of("over-limit.png", "image/png", "a valid PNG image", new byte[11]);

    List<Finding> findings = UploadPolicy.size(attempt(at, 413), attempt(over, 413), 10);

    assertThat(findings).containsExactly(Finding.warning("POST " + URL + " -> 413: at-limit.png (image/png, a valid "
        + "PNG image, 10 bytes) was not stored, so the stack's limit is below upload.maxBytes (a body limit such as "
        + "nginx client_max_body_size also counts the multipart envelope)",
        "Set upload.maxBytes to the largest file the stack stores"));
  }

  private static UploadAttempt attempt(UploadFile file, int status) {
    HttpExchange response = new HttpExchange(ProbeRequest.builder("POST", URI.create(URL)).build(), status,
        "http/1.1", new HttpHeaders(List.of()), "", false, Instant.EPOCH, Duration.ofMillis(3));
    return new UploadAttempt(file, response);
  }
}
