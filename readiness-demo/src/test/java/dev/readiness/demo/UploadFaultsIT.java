package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each upload fault as a client sees it: the one defence it switches off, and the others still in place. */
class UploadFaultsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PE = {'M', 'Z', (byte) 0x90, 0};

  @Test
  void anyTypeStoresAnExecutableDeclaredAsItselfButStillChecksDeclaredImages() throws Exception {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.UPLOAD_ANY_TYPE))) {
      Uploader uploader = new Uploader(stack);

      assertThat(uploader.upload("setup.exe", "application/x-msdownload", PE).statusCode()).isEqualTo(201);
      assertThat(uploader.upload("photo.png", "image/png", PE).statusCode()).isEqualTo(415);
    }
  }

  @Test
  void trustingTheContentTypeStoresAnExecutableDeclaredAsPngButStillRejectsOtherTypes() throws Exception {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.UPLOAD_TRUSTS_CONTENT_TYPE))) {
      Uploader uploader = new Uploader(stack);

      HttpResponse<String> disguised = uploader.upload("photo.png.exe", "image/png", PE);
      assertThat(disguised.statusCode()).isEqualTo(201);
      assertThat(JSON.readTree(disguised.body()).path("content_type").asText()).isEqualTo("image/png");
      assertThat(uploader.upload("setup.exe", "application/x-msdownload", PE).statusCode()).isEqualTo(415);
      assertThat(uploader.upload("eicar.txt", "text/plain", SampleFiles.eicar()).statusCode()).isEqualTo(422);
    }
  }

  @Test
  void noSizeLimitStoresAFileOverTheMaximum() throws Exception {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.UPLOAD_NO_SIZE_LIMIT))) {
      HttpResponse<String> response = new Uploader(stack).upload("big.png", "image/png",
          SampleFiles.png(UploadHandler.MAX_BYTES + 1));

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(JSON.readTree(response.body()).path("size").asLong()).isEqualTo(UploadHandler.MAX_BYTES + 1);
    }
  }

  @Test
  void noMalwareScanStoresTheEicarTestFileButStillChecksTypes() throws Exception {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.UPLOAD_NO_MALWARE_SCAN))) {
      Uploader uploader = new Uploader(stack);

      assertThat(uploader.upload("eicar.txt", "text/plain", SampleFiles.eicar()).statusCode()).isEqualTo(201);
      assertThat(uploader.upload("page.html", "text/html", "<html>".getBytes(US_ASCII)).statusCode())
          .isEqualTo(415);
    }
  }

  /** Logs in to a stack once and uploads files with the token. */
  private static final class Uploader {
    private final DemoStack stack;
    private final CaTrustingClient client;
    private final String accessToken;

    Uploader(DemoStack stack) throws Exception {
      this.stack = stack;
      this.client = new CaTrustingClient(stack.caCertificate());
      HttpResponse<String> login = client.postJson(stack.httpsUrl().resolve("/api/auth/login"),
          "{\"username\":\"alice\",\"password\":\"" + DemoStack.password() + "\"}");
      this.accessToken = JSON.readTree(login.body()).path("access_token").asText();
    }

    HttpResponse<String> upload(String fileName, String mediaType, byte[] content) {
      return client.send(MultipartForm.withFile("file", fileName, mediaType, content)
          .post(stack.httpsUrl().resolve("/api/files"), accessToken));
    }
  }
}
