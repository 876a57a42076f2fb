package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code upload.size} through Debian's nginx in front of an application that stores every upload: nginx's
 * {@code client_max_body_size} alone decides, answering 413 while the streamed file is still being sent.
 */
class UploadNginxIT {

  @Test
  void nginxBodyLimitRejectsTheStreamedOverSizeFileWith413() throws IOException {
    CheckResult result = runBehindNginx("1m", 4 * 1024 * 1024);

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).isEqualTo("a file one byte over upload.maxBytes (4194304) was rejected: "
        + "at-limit.png -> 413, over-limit.png -> 413");
    assertThat(result.outcome().warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("at-limit.png (image/png, a valid PNG image padded with content its format ignores, 4194304 bytes) "
            + "was not stored, so the stack's limit is below upload.maxBytes"));
  }

  @Test
  void nginxWithABodyLimitAboveTheMaximumLetsTheApplicationStoreTheOverSizeFile() throws IOException {
    CheckResult result = runBehindNginx("64m", 1024 * 1024);

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message()).endsWith("/upload -> 201: over-limit.png (image/png, a valid PNG image padded with "
        + "content its format ignores, 1048577 bytes) was stored, although upload.maxBytes is 1048576; without a "
        + "size limit one client can fill the disk or exhaust memory");
    assertThat(result.fix()).contains("nginx client_max_body_size");
  }

  private static CheckResult runBehindNginx(String bodyLimit, long maxBytes) throws IOException {
    try (MockWebServer application = new MockWebServer()) {
      application.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse.Builder().code(201).body("{\"id\":\"1\"}").build();
        }
      });
      application.start();
      try (NginxServer nginx = NginxServer.start(1, context -> """
          server {
            listen 127.0.0.1:%d;
            client_max_body_size %s;
            location / { proxy_pass http://127.0.0.1:%d; }
          }
          """.formatted(context.port(0), bodyLimit, application.getPort()))) {
        StackProfile profile = StackProfile.parse("""
            target:
              url: http://127.0.0.1:%d/
            upload:
              path: /upload
              allowedTypes: [image/png]
              maxBytes: %d
            """.formatted(nginx.port(0), maxBytes), Path.of("."), Map.of());
        return Readiness.check("upload.size", profile);
      }
    }
  }
}
