package dev.readiness.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class NginxServerIT {

  @Test
  void servesItsOwnConfigurationOnLoopback() throws Exception {
    try (NginxServer nginx = NginxServer.start(1, c -> """
        server {
          listen 127.0.0.1:%d;
          location / { return 200 "from nginx"; }
        }
        """.formatted(c.port(0)))) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port(0) + "/")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("from nginx");
      assertThat(response.headers().firstValue("server")).hasValueSatisfying(v -> assertThat(v).startsWith("nginx"));
    }
  }
}
