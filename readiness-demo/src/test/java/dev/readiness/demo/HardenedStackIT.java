package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HardenedStackIT {

  private static DemoStack stack;
  private static CaTrustingClient client;

  @BeforeAll
  static void startStack() {
    stack = DemoStack.hardened();
    client = new CaTrustingClient(stack.caCertificate());
  }

  @AfterAll
  static void closeStack() {
    stack.close();
  }

  @Test
  void hasNoMisconfiguration() {
    assertThat(stack.misconfigurations()).isEmpty();
  }

  @Test
  void healthAnswersOkWithEveryHardenedHeader() {
    HttpResponse<String> response = client.get(stack.httpsUrl().resolve("/health"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertHardenedApiHeaders(response);
  }

  @Test
  void homePageIsHtmlUnderAStrictPolicyOfItsOwn() {
    HttpResponse<String> response = client.get(stack.httpsUrl());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(response.body()).contains("<h1>Readiness demo stack</h1>");
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    assertThat(response.headers().allValues("Strict-Transport-Security"))
        .containsExactly("max-age=63072000; includeSubDomains");
    assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
  }

  @Test
  void unknownPathAnswers404JsonWithEveryHardenedHeader() {
    HttpResponse<String> response = client.get(stack.httpsUrl().resolve("/.env"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    assertHardenedApiHeaders(response);
  }

  @Test
  void protectedPathWithoutTokenAnswers401WithEveryHardenedHeader() {
    HttpResponse<String> response = client.get(stack.httpsUrl().resolve("/api/rooms"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
    assertHardenedApiHeaders(response);
  }

  @Test
  void wrongMethodAnswers405NamingTheAllowedMethods() {
    HttpResponse<String> response = client.send(CaTrustingClient.request(stack.httpsUrl().resolve("/health"))
        .DELETE().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
    assertThat(response.headers().allValues("Allow")).containsExactly("GET, HEAD");
    assertHardenedApiHeaders(response);
  }

  @Test
  void headIsAnsweredWhereverGetIsWithoutABody() {
    HttpResponse<String> response = client.send(CaTrustingClient.request(stack.httpsUrl().resolve("/health"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertHardenedApiHeaders(response);
  }

  @Test
  void headerTooLargeAnswers431JsonWithHstsAndNoExceptionText() {
    HttpResponse<String> response = client.send(CaTrustingClient.request(stack.httpsUrl().resolve("/health"))
        .header("X-Padding", "a".repeat(20_000)).GET().build());

    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Request Header Fields Too Large\"}");
    assertHardenedApiHeaders(response);
  }

  @Test
  void malformedRequestLineAnswers400JsonWithHsts() throws Exception {
    SSLSocketFactory sockets = CaTrustingClient.sslContextTrusting(stack.caCertificate()).getSocketFactory();
    try (SSLSocket socket = (SSLSocket) sockets.createSocket("localhost", stack.httpsUrl().getPort())) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      socket.setSSLParameters(parameters);
      socket.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(US_ASCII));
      socket.getOutputStream().flush();

      String response = new String(socket.getInputStream().readAllBytes(), US_ASCII);

      assertThat(response).startsWith("HTTP/1.1 400 ")
          .contains("\r\nStrict-Transport-Security: max-age=63072000; includeSubDomains\r\n")
          .contains("\r\nX-Content-Type-Options: nosniff\r\n")
          .endsWith("\r\n\r\n{\"detail\":\"Bad Request\"}");
    }
  }

  @Test
  void negotiatesTls12WithAClientOfferingNothingNewer() {
    HttpClient tls12Only = HttpClient.newBuilder()
        .sslContext(CaTrustingClient.sslContextTrusting(stack.caCertificate()))
        .sslParameters(new SSLParameters(null, new String[] {"TLSv1.2"}))
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    HttpResponse<String> response = tls12Only.sendAsync(
        CaTrustingClient.request(stack.httpsUrl().resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString()).join();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.sslSession().map(SSLSession::getProtocol)).contains("TLSv1.2");
  }

  @Test
  void responsesNameNoServerSoftwareAndCarryADate() {
    HttpResponse<String> response = client.get(stack.httpsUrl().resolve("/nothing-here"));

    assertThat(response.headers().firstValue("Server")).isEmpty();
    assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(response.headers().firstValue("Date")).isPresent();
  }

  @Test
  void certificateAlsoVerifiesForTheLoopbackAddress() {
    URI byAddress = URI.create("https://127.0.0.1:" + stack.httpsUrl().getPort() + "/health");

    HttpResponse<String> response = client.get(byAddress);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.sslSession().map(SSLSession::getProtocol)).contains("TLSv1.3");
  }

  @Test
  void plainHttpRedirectsPermanentlyToHttpsKeepingPathAndQuery() {
    HttpResponse<String> response = client.get(stack.httpUrl().resolve("/api/rooms?page=2&q=stand%20up"));

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().allValues("Location"))
        .containsExactly("https://localhost:" + stack.httpsUrl().getPort() + "/api/rooms?page=2&q=stand%20up");
  }

  @Test
  void plainHttpRedirectsEveryMethodAndPathWithoutHsts() {
    HttpResponse<String> response = client.postJson(stack.httpUrl().resolve("/api/auth/login"), "{}");
    HttpResponse<String> unknown = client.get(stack.httpUrl().resolve("/no/such/path"));

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().allValues("Location"))
        .containsExactly("https://localhost:" + stack.httpsUrl().getPort() + "/api/auth/login");
    assertThat(unknown.statusCode()).isEqualTo(301);
    assertThat(unknown.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static void assertHardenedApiHeaders(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Strict-Transport-Security"))
        .containsExactly("max-age=63072000; includeSubDomains");
    assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly("default-src 'none'; frame-ancestors 'none'");
    assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
  }
}
