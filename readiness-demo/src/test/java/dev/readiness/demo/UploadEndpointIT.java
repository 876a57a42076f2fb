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
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(US_ASCII);

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
        Arguments.of("photo.jpg", "image/jpeg", JPEG),
        Arguments.of("minutes.pdf", "application/pdf", PDF));
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
        Arguments.of("photo.png", "image/png", bytes('M', 'Z', 0x90, 0)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("disallowedFiles")
  void rejectsAnyOtherContentWith415WhateverItsNameAndType(String fileName, String mediaType, byte[] content) {
    HttpResponse<String> response = upload(MultipartForm.withFile("file", fileName, mediaType, content));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).isEqualTo("{\"detail\":\"file type not allowed\"}");
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
    byte[] content = Arrays.copyOf(PNG, length);
    Arrays.fill(content, PNG.length, length, (byte) 0x2A);
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
