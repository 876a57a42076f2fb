package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadEndpointIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BYTES = 1024 * 1024;
  private static final byte[] PNG = SampleFiles.png();

  private static DemoStack stack;
  private static CaTrustingClient client;
  private static String accessToken;

  @BeforeAll
  static void startStackAndLogIn() throws Exception {
    stack = DemoStack.hardened();
    client = new CaTrustingClient(stack.caCertificate());
    HttpResponse<String> login = client.postJson(stack.httpsUrl().resolve("/api/auth/login"),
        "{\"username\":\"alice\",\"password\":\"" + DemoStack.password() + "\"}");
    accessToken = JSON.readTree(login.body()).path("access_token").asText();
  }

  @AfterAll
  static void closeStack() {
    stack.close();
  }

  static Stream<Arguments> allowedFiles() {
    return Stream.of(
        Arguments.of("photo.png", "image/png", PNG),
        Arguments.of("photo.jpg", "image/jpeg", SampleFiles.jpeg()),
        Arguments.of("anim.gif", "image/gif", SampleFiles.gif()),
        Arguments.of("minutes.pdf", "application/pdf", SampleFiles.PDF),
        Arguments.of("minutes.txt", "text/plain", SampleFiles.TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedFiles")
  void storesAFileOfAnAllowedTypeWith201(String fileName, String mediaType, byte[] content) throws Exception {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", fileName, mediaType, content));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(body.path("content_type").asText()).isEqualTo(mediaType);
    assertThat(body.path("size").asLong()).isEqualTo(content.length);
  }

  @Test
  void storesAFileOfExactlyTheMaximumSize() throws Exception {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", "big.png", "image/png", png(MAX_BYTES)));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(response.body()).path("size").asLong()).isEqualTo(MAX_BYTES);
  }

  @Test
  void rejectsAFileOneByteOverTheMaximumWith413() {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", "big.png", "image/png", png(MAX_BYTES + 1)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"file larger than 1048576 bytes\"}");
  }

  @Test
  void rejectsABodyFarOverTheMaximumWith413() {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", "huge.png", "image/png", png(3 * MAX_BYTES)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"request body too large\"}");
  }

  static Stream<Arguments> disallowedFiles() {
    return Stream.of(
        Arguments.of("setup.exe", "application/vnd.microsoft.portable-executable", bytes('M', 'Z', 0x90, 0)),
        Arguments.of("tool", "application/x-elf", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1)),
        Arguments.of("run.sh", "text/x-shellscript", "#!/bin/sh\nrm -rf /\n".getBytes(US_ASCII)),
        Arguments.of("page.html", "text/html", "<html><script>alert(1)</script>".getBytes(US_ASCII)),
        Arguments.of("logo.svg", "image/svg+xml", "<svg><script>alert(1)</script></svg>".getBytes(US_ASCII)),
        Arguments.of("photo.png", "image/png", bytes('M', 'Z', 0x90, 0)),
        Arguments.of("photo.png.exe", "image/png", bytes('M', 'Z', 0x90, 0)),
        Arguments.of("polyglot.png", "image/png", polyglot()));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("disallowedFiles")
  void rejectsAnyOtherContentWith415WhateverItsNameAndType(String fileName, String mediaType, byte[] content) {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", fileName, mediaType, content));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).isEqualTo("{\"detail\":\"file type not allowed\"}");
  }

  @Test
  void rejectsTheEicarTestFileWith422() {
    HttpResponse<String> response =
        upload(MultipartForm.withFile("file", "eicar.txt", "text/plain", SampleFiles.eicar()));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("{\"detail\":\"malware detected: Eicar-Test-Signature\"}");
  }

  @Test
  void rejectsAnUploadWithoutTokenWith401() {
    HttpResponse<String> response = client.send(
        MultipartForm.withFile("file", "photo.png", "image/png", PNG).post(url(), null));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
  }

  @Test
  void rejectsABodyThatIsNotMultipartWith415() {
    HttpResponse<String> response = client.send(CaTrustingClient.request(url())
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(PNG))
        .build());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).isEqualTo("{\"detail\":\"expected multipart/form-data\"}");
  }

  @Test
  void rejectsAFormWithoutTheFileFieldWith400() {
    HttpResponse<String> response = upload(MultipartForm.withFile("avatar", "photo.png", "image/png", PNG));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"detail\":\"field 'file' is missing\"}");
  }

  private static HttpResponse<String> upload(MultipartForm form) {
    return client.send(form.post(url(), accessToken));
  }

  private static URI url() {
    return stack.httpsUrl().resolve("/api/files");
  }

  private static byte[] png(int length) {
    return SampleFiles.png(length);
  }

  private static byte[] polyglot() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(US_ASCII);
    byte[] content = Arrays.copyOf(PNG, PNG.length + html.length);
    System.arraycopy(html, 0, content, PNG.length, html.length);
    return content;
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
