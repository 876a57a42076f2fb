package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStackIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void urlsNameLocalhostWithTwoDistinctEphemeralPorts() {
    try (DemoStack stack = DemoStack.hardened()) {
      URI https = stack.httpsUrl();
      URI http = stack.httpUrl();

      assertThat(https.toString()).matches("https://localhost:\\d+/");
      assertThat(http.toString()).matches("http://localhost:\\d+/");
      assertThat(https.getPort()).isPositive().isNotEqualTo(http.getPort());
    }
  }

  @Test
  void listenersAcceptNoConnectionOnANonLoopbackAddress() throws Exception {
    Optional<InetAddress> external = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
    assumeThat(external).as("a non-loopback IPv4 address on this host").isPresent();
    try (DemoStack stack = DemoStack.hardened()) {
      for (int port : new int[] {stack.httpsUrl().getPort(), stack.httpUrl().getPort()}) {
        assertThatThrownBy(() -> connect(new InetSocketAddress(external.get(), port)))
            .isInstanceOf(ConnectException.class);
        connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      }
    }
  }

  @Test
  void closeFreesBothPortsWithinTwoSeconds() throws Exception {
    DemoStack stack = DemoStack.hardened();
    int httpsPort = stack.httpsUrl().getPort();
    int httpPort = stack.httpUrl().getPort();
    CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
    assertThat(client.get(stack.httpsUrl().resolve("/health")).statusCode()).isEqualTo(200);

    long started = System.nanoTime();
    stack.close();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    for (int port : new int[] {httpsPort, httpPort}) {
      assertThatThrownBy(() -> connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
          .isInstanceOf(ConnectException.class);
      try (ServerSocket rebound = new ServerSocket()) {
        rebound.setReuseAddress(true);
        rebound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        assertThat(rebound.getLocalPort()).isEqualTo(port);
      }
    }
  }

  @Test
  void closeReturnsWithinTwoSecondsWhileASlowRequestIsInFlight() throws Exception {
    DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HEALTH_SLOW));
    CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
    client.get(stack.httpsUrl());
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> client.get(stack.httpsUrl().resolve("/health")));
    Thread.sleep(300);

    long started = System.nanoTime();
    stack.close();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    inFlight.handle((response, failure) -> null).join();
  }

  @Test
  void closingTwiceIsHarmless() {
    DemoStack stack = DemoStack.hardened();
    stack.close();

    stack.close();

    assertThatThrownBy(() -> connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        stack.httpsUrl().getPort()))).isInstanceOf(ConnectException.class);
  }

  @Test
  void misconfigurationsAreACopyThatCannotBeChanged() {
    Set<Misconfiguration> requested = EnumSet.of(Misconfiguration.HEALTH_FAILING);
    try (DemoStack stack = DemoStack.start(requested)) {
      requested.add(Misconfiguration.NOSNIFF_MISSING);

      assertThat(stack.misconfigurations()).containsExactly(Misconfiguration.HEALTH_FAILING);
      assertThatThrownBy(() -> stack.misconfigurations().add(Misconfiguration.HSTS_MISSING))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void writeCaPemWritesTheCaCertificateInPem() throws Exception {
    try (DemoStack stack = DemoStack.hardened()) {
      Path written = stack.writeCaPem(directory.resolve("demo-ca.pem"));

      assertThat(written).isEqualTo(directory.resolve("demo-ca.pem"));
      assertThat(Files.readString(written, US_ASCII)).isEqualTo(stack.caCertificatePem());
      assertThat(CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(written))))
          .isEqualTo(stack.caCertificate());
    }
  }

  @Test
  void writeProfileWritesReadinessYamlWithTheCaBesideItInANewDirectory() throws Exception {
    Path target = directory.resolve("nested/profile");
    try (DemoStack stack = DemoStack.hardened()) {
      Path yaml = stack.writeProfile(target);

      assertThat(yaml).isEqualTo(target.resolve("readiness.yaml"));
      assertThat(Files.readString(target.resolve("ca.pem"), US_ASCII)).isEqualTo(stack.caCertificatePem());
      JsonNode profile = new YAMLMapper().readTree(yaml.toFile());
      assertThat(profile.at("/target/url").asText()).isEqualTo("https://localhost:" + stack.httpsUrl().getPort());
      assertThat(profile.at("/target/httpUrl").asText()).isEqualTo("http://localhost:" + stack.httpUrl().getPort());
      assertThat(profile.at("/target/trust").asText()).isEqualTo("ca.pem");
    }
  }

  @Test
  void profileDescribesAStackThatAnswersAsDescribed() throws Exception {
    try (DemoStack stack = DemoStack.hardened()) {
      JsonNode profile = new YAMLMapper().readTree(stack.writeProfile(directory).toFile());
      URI base = URI.create(profile.at("/target/url").asText());
      JsonNode login = profile.at("/auth/login");
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      String body = login.path("body").asText()
          .replace("${user}", login.path("user").asText())
          .replace("${password}", login.path("password").asText());
      HttpResponse<String> loggedIn = client.postJson(base.resolve(login.path("path").asText()), body);
      JsonNode tokens = JSON.readTree(loggedIn.body());
      String accessToken = tokens.at(login.path("accessToken").asText()).asText();
      HttpResponse<String> rooms = client.get(base.resolve(profile.at("/paths/protected").asText()), accessToken);
      HttpResponse<String> health = client.get(base.resolve(profile.at("/paths/health").asText()));

      assertThat(loggedIn.statusCode()).isEqualTo(200);
      assertThat(tokens.at(login.path("refreshToken").asText()).asText()).isNotBlank();
      assertThat(rooms.statusCode()).isEqualTo(200);
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  private static void connect(InetSocketAddress address) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, 2000);
    }
  }
}
