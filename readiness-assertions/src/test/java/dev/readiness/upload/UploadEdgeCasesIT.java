package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The upload checks against scripted endpoints: the cases a real stack rarely shows on demand. */
class UploadEdgeCasesIT {

  private static final String UPLOAD = """
      upload:
        path: /upload
        allowedTypes: [image/png, text/plain]
        maxBytes: 4096
      """;
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  /** The file names the scripted endpoint saw, with the size of each file part's content. */
  private final Map<String, Long> received = new ConcurrentHashMap<>();

  @ParameterizedTest
  @ValueSource(strings = {"upload.type", "upload.content-sniffing", "upload.size", "upload.malware"})
  void anEndpointThatIsDownIsAnErrorNeverAPass(String id) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    StackProfile profile = StackProfile.parse("target:\n  url: http://127.0.0.1:" + port + "/\n" + UPLOAD,
        Path.of("."), Map.of());

    CheckResult result = Readiness.check(id, profile);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("POST http://127.0.0.1:" + port + "/upload failed: connection refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"upload.type", "upload.content-sniffing", "upload.size", "upload.malware"})
  void anEndpointThatRejectsEverythingIsAnErrorNeverAPass(String id) {
    CheckResult result = run(id, file -> 415);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).endsWith("/upload -> 415 for sample.png (image/png, a valid PNG image, "
        + SampleFormat.PNG.sample().length + " bytes): expected 2xx (positive control); an endpoint that does not "
        + "store a legitimate file proves nothing by rejecting others. Check upload.path, upload.field, "
        + "upload.authenticated, upload.allowedTypes and upload.maxBytes in the profile");
    assertThat(received.keySet()).as("only the valid files of the control were sent")
        .allSatisfy(file -> assertThat(file).startsWith("sample."));
  }

  @Test
  void anEndpointThatStoresEverythingFailsEveryCheck() {
    Map<String, CheckResult> results = Map.of(
        "upload.type", run("upload.type", file -> 201),
        "upload.content-sniffing", run("upload.content-sniffing", file -> 201),
        "upload.size", run("upload.size", file -> 201),
        "upload.malware", run("upload.malware", file -> 201));

    assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo(Status.FAIL));
    assertThat(results.get("upload.type").message()).contains("-> 201: setup.exe (application/x-msdownload, "
        + "a Windows PE executable, 148 bytes) was stored").endsWith("(and 4 more)");
    assertThat(results.get("upload.content-sniffing").findings()).hasSize(4);
    assertThat(results.get("upload.malware").message()).contains("eicar.txt (text/plain, the EICAR anti-virus test "
        + "file, 68 bytes) was stored");
  }

  @Test
  void aStoredOverSizeFileFailsAndItWasStreamedAtExactlyOneByteOverTheMaximum() {
    CheckResult result = run("upload.size", file -> 201);

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message()).endsWith("/upload -> 201: over-limit.png (image/png, a valid PNG image padded with "
        + "content its format ignores, 4097 bytes) was stored, although upload.maxBytes is 4096; without a size "
        + "limit one client can fill the disk or exhaust memory");
    assertThat(result.fix()).contains("client_max_body_size");
    assertThat(received).containsOnlyKeys("sample.png", "sample.txt", "at-limit.png", "over-limit.png");
    assertThat(received.get("at-limit.png")).isEqualTo(4096);
    assertThat(received.get("over-limit.png")).isEqualTo(4097);
  }

  @Test
  void anOverSizeFileRejectedWithAnother4xxPassesWithAWarningTo413() {
    CheckResult result = run("upload.size", file -> file.equals("over-limit.png") ? 400 : 201);

    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .endsWith("was rejected with 400 instead of 413 Content Too Large, so clients cannot tell the size was the "
            + "reason"));
  }

  @Test
  void aConnectionClosedInsteadOfAnAnswerToTheOverSizeFileIsARefusalKeptAsEvidence() {
    CheckResult result = runScripted(UPLOAD, "upload.size", request -> "over-limit.png".equals(fileName(request))
        ? new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build()
        : new MockResponse.Builder().code(201).build());

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).contains("was refused: at-limit.png -> 201, POST ")
        .contains("/upload -> refused: the server closed the connection before answering");
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("over-limit.png (image/png, a valid PNG image padded with content its format ignores, 4097 bytes) "
            + "was refused without an HTTP answer, so clients cannot tell the size was the reason"));
    assertThat(result.evidence()).anySatisfy(e -> assertThat(e.title())
        .contains("/upload -> refused: the server closed the connection before answering"));
  }

  @Test
  void anEndpointWhoseLimitIsBelowTheConfiguredMaximumPassesWithAWarning() {
    CheckResult result = run("upload.size", file -> file.startsWith("sample.") ? 201 : 413);

    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.message()).endsWith("was rejected: at-limit.png -> 413, over-limit.png -> 413");
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("-> 413: at-limit.png (image/png, a valid PNG image padded with content its format ignores, 4096 "
            + "bytes) was not stored, so the stack's limit is below upload.maxBytes"));
  }

  @Test
  void aRedirectForTheValidFileIsAnErrorAndIsNotFollowed() {
    CheckResult result = run("upload.type", file -> 303);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("-> 303 for sample.png").contains("(a redirect, which is not followed: "
        + "point upload.path at the endpoint that stores the file)");
    assertThat(result.evidence()).hasSize(2).allSatisfy(e -> assertThat(e.title()).contains("/upload -> 303"));
  }

  @Test
  void redirectsOrServerErrorsForTheDisallowedFilesAreAnErrorNotAPass() {
    CheckResult result = run("upload.type",
        file -> file.startsWith("sample.") ? 201 : file.endsWith(".sh") ? 500 : 302);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("-> 302 for setup.exe (a redirect, which is not followed")
        .contains("-> 500 for install.sh (a server error: the backend failed instead of refusing")
        .endsWith("expected 2xx (stored) or 4xx (rejected), so the check cannot tell whether the file was stored");
  }

  @Test
  void aRateLimiterThatKeepsRefusingIsAnErrorNamingIt() {
    CheckResult result = runScripted(UPLOAD, "upload.malware", request -> fileName(request).startsWith("sample.")
        ? new MockResponse.Builder().code(201).build()
        : new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("/upload -> 429").contains("a rate limiter refused /upload again after 8 "
        + "waits; this check does not test that limiter");
  }

  @Test
  void aLimiterThatRefusesAnUploadOnceIsWaitedOutAndTheFileSentAgain() {
    java.util.concurrent.atomic.AtomicInteger uploads = new java.util.concurrent.atomic.AtomicInteger();
    CheckResult result = runScripted(UPLOAD, "upload.size", request -> {
      String file = fileName(request);
      if (uploads.incrementAndGet() == 1) {
        return new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build();
      }
      return new MockResponse.Builder().code(file.equals("over-limit.png") ? 413 : 201).build();
    });

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).endsWith("was rejected: at-limit.png -> 201, over-limit.png -> 413");
    assertThat(result.evidence()).anySatisfy(e -> assertThat(e.title()).contains("/upload -> 429"));
    assertThat(received.get("sample.png")).isEqualTo(SampleFormat.PNG.sample().length);
  }

  @Test
  void aProfileWithoutUploadSectionIsSkipped() {
    CheckResult result = runWith("", "upload.type", file -> 201);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).isEqualTo("upload is not configured in the stack profile, so there is no upload "
        + "endpoint to probe");
    assertThat(received).isEmpty();
  }

  @Test
  void anAuthenticatedUploadWithoutALoginIsSkipped() {
    CheckResult result = runWith(UPLOAD + "  authenticated: true\n", "upload.type", file -> 201);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).startsWith("upload.authenticated is true but auth.login is not configured");
  }

  @Test
  void onlyTypesNoControlCanBeBuiltForIsAnErrorNamingThem() {
    CheckResult result = runWith(UPLOAD.replace("[image/png, text/plain]", "[application/zip]"), "upload.type",
        file -> 201);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).startsWith("upload.allowedTypes [application/zip] lists no type this check can "
        + "build a valid file of (image/png, image/jpeg, image/gif, application/pdf, text/plain)");
    assertThat(received).isEmpty();
  }

  @Test
  void anAllowedTypeNoControlCanBeBuiltForIsAWarningInsideAPass() {
    CheckResult result = runWith(UPLOAD.replace("[image/png, text/plain]", "[image/png, application/zip]"),
        "upload.type", file -> file.startsWith("sample.") ? 201 : 415);

    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .startsWith("upload.allowedTypes lists application/zip, which this check cannot build a valid file of"));
  }

  @Test
  void sendsTheTokenOfTheSharedLoginWhenTheUploadIsAuthenticated() {
    String login = """
        auth:
          login:
            path: /login
            body: '{"u":"${user}","p":"${password}"}'
            user: alice
            password: pw
            accessToken: /token
        """;
    Map<String, String> authorization = new ConcurrentHashMap<>();
    CheckResult result = runScripted(UPLOAD + "  authenticated: true\n" + login, "upload.malware", request -> {
      if (request.getUrl().encodedPath().equals("/login")) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"token\":\"tok-123\"}").build();
      }
      String file = fileName(request);
      authorization.put(file, String.valueOf(request.getHeaders().get("Authorization")));
      return new MockResponse.Builder().code(file.startsWith("sample.") ? 201 : 422).build();
    });

    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.message()).isEqualTo("the EICAR test file was rejected: eicar.txt -> 422");
    assertThat(authorization).containsOnlyKeys("sample.png", "sample.txt", "eicar.txt")
        .allSatisfy((file, header) -> assertThat(header).isEqualTo("Bearer tok-123"));
    assertThat(result.toString()).doesNotContain("tok-123");
  }

  @Test
  void aMagicByteCheckThatStoresThePolyglotPassesWithItsOwnWarningNotATrustsTheNameFailure() {
    CheckResult result = runScripted(UPLOAD, "upload.content-sniffing", request -> {
      fileName(request);
      byte[] content = content(request);
      boolean png = content.length > 4 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N';
      boolean text = content.length > 0 && content[0] != 'M' && new String(content, StandardCharsets.ISO_8859_1)
          .indexOf('\0') < 0;
      return new MockResponse.Builder().code(png || text ? 201 : 415).build();
    });

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).isEqualTo("3 disguised files rejected: photo.png -> 415, document.txt -> 415, "
        + "photo.png.exe -> 415; the polyglot polyglot.png -> 201");
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).endsWith(": polyglot.png (image/png, a polyglot: a valid PNG image followed by an HTML "
          + "page with a script, " + received.get("polyglot.png") + " bytes) was stored; it passes a magic-byte "
          + "check because it starts as a valid image, and the HTML behind the image runs as a page in your origin "
          + "if the file is ever served as text/html or sniffed by a browser");
      assertThat(w.fix()).isEqualTo("Re-encode stored images so trailing data is dropped (sharp, Pillow, ImageIO), "
          + "and serve uploads with X-Content-Type-Options: nosniff and Content-Disposition: attachment");
    });
    assertThat(result.toString()).doesNotContain("trusts the file name");
  }

  @Test
  void aStoredDisguisedFileStillFailsWhateverThePolyglotGot() {
    CheckResult result = run("upload.content-sniffing", file -> file.equals("photo.png") || file.startsWith("sample.")
        ? 201 : 415);

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message()).contains("-> 201: photo.png (image/png, a Windows PE executable, 148 bytes) was "
        + "stored; the endpoint trusts the file name or the declared Content-Type");
  }

  private CheckResult run(String id, Function<String, Integer> statusForFile) {
    return runScripted(UPLOAD, id, request -> new MockResponse.Builder()
        .code(statusForFile.apply(fileName(request))).addHeader("Location", "/login").build());
  }

  private CheckResult runWith(String profileYaml, String id, Function<String, Integer> statusForFile) {
    return runScripted(profileYaml, id, request -> new MockResponse.Builder()
        .code(statusForFile.apply(fileName(request))).build());
  }

  private CheckResult runScripted(String profileYaml, String id, Function<RecordedRequest, MockResponse> answers) {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return answers.apply(request);
        }
      });
      server.start();
      StackProfile profile = StackProfile.parse("target:\n  url: " + server.url("/") + "\n" + profileYaml,
          Path.of("."), Map.of());
      return Readiness.check(id, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the content of the request's file part */
  private static byte[] content(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    Matcher name = FILE_NAME.matcher(text);
    if (!name.find()) {
      return new byte[0];
    }
    int start = text.indexOf("\r\n\r\n", name.end()) + 4;
    return Arrays.copyOfRange(body, start, text.lastIndexOf("\r\n--"));
  }

  private String fileName(RecordedRequest request) {
    String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.ISO_8859_1);
    Matcher name = FILE_NAME.matcher(body);
    if (!name.find()) {
      received.put("", request.getBodySize());
      return "";
    }
    long start = body.indexOf("\r\n\r\n", name.end()) + 4;
    received.put(name.group(1), body.lastIndexOf("\r\n--") - start);
    return name.group(1);
  }
}
