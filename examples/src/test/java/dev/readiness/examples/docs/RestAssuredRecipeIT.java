package dev.readiness.examples.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.auth.TokenSource;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.AuthKit;
import dev.readiness.junit.restassured.RestAssuredTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The REST Assured recipe of docs/recipes.md against the demo stack: the token of a REST Assured specification
 * logged in by the test is what the authentication checks use, with a profile that configures no login at all.
 */
class RestAssuredRecipeIT {

  /** The API tests' logged-in specification; stands in for the team's own REST Assured set-up. */
  private static volatile RequestSpecification loggedIn;

  @ReadinessTest
  static class ApiReadinessTest implements AuthKit {

    @BeforeEach
    void reuseTheApiTestsLogin(TargetSession session) {
      session.shared().computeIfAbsent(TokenSource.SHARED_KEY, TokenSource.class,
          () -> RestAssuredTokens.from(loggedIn));
    }
  }

  @Test
  void theAuthenticationChecksJudgeTheStackWithTheSpecificationsToken() throws Exception {
    try (DemoStack stack = DemoStack.hardened()) {
      loggedIn = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + login(stack)).build();
      Path directory = Files.createTempDirectory("readiness-rest-assured");
      stack.writeCaPem(directory.resolve("ca.pem"));
      Path profile = Files.writeString(directory.resolve("readiness.yaml"), """
          target:
            url: %s
            trust: ca.pem
          paths:
            protected: /api/rooms
          """.formatted(stack.httpsUrl()), StandardCharsets.UTF_8);

      EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(ApiReadinessTest.class))
          .configurationParameter("readiness.profile", profile.toString())
          .execute()
          .testEvents()
          // auth.required and the four jwt.* checks pass with the token; the two that need auth.login are SKIPPED
          .assertStatistics(stats -> stats.started(7).succeeded(5).aborted(2).failed(0));
    } finally {
      loggedIn = null;
    }
  }

  private static String login(DemoStack stack) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("readiness-demo", stack.caCertificate());
    return RestAssured.given()
        .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().trustStore(trust)))
        .baseUri(stack.httpsUrl().toString())
        .contentType("application/json")
        .body("{\"username\":\"" + DemoStack.USER + "\",\"password\":\"" + DemoStack.password() + "\"}")
        .post("/api/auth/login")
        .then().statusCode(200)
        .extract().path("access_token");
  }
}
