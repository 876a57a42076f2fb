package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;

/** A multipart/form-data body with one file part, as a browser's file input sends it. */
final class MultipartForm {

  private static final String BOUNDARY = "readiness-demo-boundary-7MA4YWxkTrZu0gW";

  private final byte[] body;

  private MultipartForm(byte[] body) {
    this.body = body;
  }

  static MultipartForm withFile(String field, String fileName, String contentType, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n\r\n").getBytes(UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(UTF_8));
    return new MultipartForm(out.toByteArray());
  }

  /** @return a POST of this form to {@code uri}, carrying {@code accessToken} unless it is null */
  HttpRequest post(URI uri, String accessToken) {
    HttpRequest.Builder request = CaTrustingClient.request(uri)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    return request.build();
  }
}
