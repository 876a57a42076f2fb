package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.auth.TokenSource;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.AuthKit;
import dev.readiness.junit.restassured.RestAssuredTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The REST Assured recipe of docs/recipes.md against the demo stack: the token of a REST Assured specification
 * logged in by the test is what the authentication checks use, with a profile that configures no login at all,
 * and the login is sent once for the whole class, not once per check. The logins go through a MockWebServer
 * that counts them and forwards each to the demo stack's real login, so the token is real.
 */
class RestAssuredRecipeIT {

  /** Where the API tests log in: the counting login server in front of the demo stack. */
  private static volatile String loginUrl;

  /** Stands in for the team's own REST Assured set-up: each call logs its test account in anew. */
  static final class ApiSpecs {

    /** The team's test accounts; the bot is the demo stack's account. */
    private static final Map<String, String> USERS = Map.of("readiness-bot", DemoStack.USER);

    private ApiSpecs() {}

    static RequestSpecification loggedInAs(String account) {
      String token = RestAssured.given()
          .baseUri(loginUrl)
          .contentType("application/json")
          .body("{\"username\":\"" + USERS.get(account) + "\",\"password\":\"" + DemoStack.password() + "\"}")
          .post("/api/auth/login")
          .then().statusCode(200)
          .extract().path("access_token");
      return new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }
  }

  @ReadinessTest
  static class ApiReadinessTest implements AuthKit {

    @BeforeEach
    void reuseTheApiTestsLogin(TargetSession session) {
      session.shared().computeIfAbsent(TokenSource.SHARED_KEY, TokenSource.class,
          () -> RestAssuredTokens.from(ApiSpecs.loggedInAs("readiness-bot")));   // logs in once per test class
    }
  }

  @Test
  void theAuthenticationChecksJudgeTheStackWithTheSpecificationsTokenFromOneLogin() throws Exception {
    AtomicInteger logins = new AtomicInteger();
    try (DemoStack stack = DemoStack.hardened(); MockWebServer loginServer = new MockWebServer()) {
      loginServer.setDispatcher(new ForwardingLogin(stack, logins));
      loginServer.start();
      loginUrl = loginServer.url("/").toString();
      Path directory = Files.createTempDirectory("readiness-rest-assured");
      stack.writeCaPem(directory.resolve("ca.pem"));
      Path profile = Files.writeString(directory.resolve("readiness.yaml"), """
          target:
            url: %s
            trust: ca.pem
          paths:
            protected: /api/rooms
          """.formatted(stack.httpsUrl()), StandardCharsets.UTF_8);

      Events events = EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(ApiReadinessTest.class))
          .configurationParameter("readiness.profile", profile.toString())
          .execute()
          .testEvents();

      assertThat(events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName() + ": "
          + e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
              .map(Throwable::toString).orElse("")).toList()).as("checks that failed").isEmpty();
      events
          // auth.required and the four jwt.* checks pass with the token; the two that need auth.login are SKIPPED
          .assertStatistics(stats -> stats.started(7).succeeded(5).aborted(2).failed(0));
      assertThat(logins).as("logins the API tests' set-up sent for the class's 7 checks").hasValue(1);
    } finally {
      loginUrl = null;
    }
  }

  @Test
  void theRecipeOnThePageIsTheOneThisTestRuns() {
    List<String> recipe = MarkdownCode.blocks(ProjectFiles.read("docs/recipes.md"), "java").stream()
        .filter(block -> block.stream().anyMatch(line -> line.contains("RestAssuredTokens.from(")))
        .findFirst().orElseThrow(() -> new AssertionError("docs/recipes.md shows no RestAssuredTokens recipe"))
        .stream().map(String::strip).toList();
    List<String> method = recipe.subList(recipe.indexOf("@BeforeEach"), recipe.indexOf("@BeforeEach") + 5);
    List<String> source = ProjectFiles.read("examples/src/test/java/dev/readiness/examples/docs/"
        + "RestAssuredRecipeIT.java").lines().map(String::strip).toList();

    assertThat(Collections.indexOfSubList(source, method)).as("the recipe's @BeforeEach method\n"
        + String.join("\n", method) + "\nin this test's source").isNotNegative();
  }

  /** Counts each login and forwards it to the demo stack's real login endpoint, answering what that answered. */
  private static final class ForwardingLogin extends Dispatcher {

    private final DemoStack stack;
    private final AtomicInteger logins;
    private final HttpClient client;

    ForwardingLogin(DemoStack stack, AtomicInteger logins) throws Exception {
      this.stack = stack;
      this.logins = logins;
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("readiness-demo", stack.caCertificate());
      TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, trustManagers.getTrustManagers(), null);
      this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (!"POST".equals(request.getMethod()) || !request.getUrl().encodedPath().equals("/api/auth/login")) {
        return new MockResponse.Builder().code(404).build();
      }
      logins.incrementAndGet();
      try {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(stack.httpsUrl().resolve("/api/auth/login"))
            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getBody().toByteArray())).build(),
            HttpResponse.BodyHandlers.ofString());
        return new MockResponse.Builder().code(answer.statusCode()).addHeader("Content-Type", "application/json")
            .body(answer.body()).build();
      } catch (java.io.IOException e) {
        return new MockResponse.Builder().code(502).body(e.toString()).build();
      }
    }
  }
}
