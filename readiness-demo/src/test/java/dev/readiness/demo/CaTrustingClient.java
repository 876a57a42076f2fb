package dev.readiness.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The JDK's HTTP client trusting one CA and nothing else, with host name verification on, HTTP/1.1 and no
 * redirects followed: every exchange through it also proves the demo certificate verifies for its host.
 */
final class CaTrustingClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;

  CaTrustingClient(X509Certificate ca) {
    client = HttpClient.newBuilder()
        .sslContext(sslContextTrusting(ca))
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT)
        .build();
  }

  static SSLContext sslContextTrusting(X509Certificate ca) {
    try {
      KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
      anchors.load(null, null);
      anchors.setCertificateEntry("readiness-demo-ca", ca);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(anchors);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT);
  }

  HttpResponse<String> get(URI uri) {
    return send(request(uri).GET().build());
  }

  HttpResponse<String> get(URI uri, String accessToken) {
    return send(request(uri).header("Authorization", "Bearer " + accessToken).GET().build());
  }

  HttpResponse<String> postJson(URI uri, String json) {
    return send(request(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("exchange failed: " + request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + request, e);
    }
  }
}
