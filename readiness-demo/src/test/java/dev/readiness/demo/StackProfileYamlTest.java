package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StackProfileYamlTest {

  /** Every key of the stack-profile contract (STACK-PROFILE.md), as dotted paths. */
  private static final Set<String> CONTRACT_KEYS = Set.of(
      "target.url", "target.httpUrl", "target.trust", "target.timeout", "profile",
      "paths.home", "paths.health", "paths.protected",
      "auth.login.path", "auth.login.body", "auth.login.contentType", "auth.login.user", "auth.login.password",
      "auth.login.accessToken", "auth.login.refreshToken", "auth.refresh.path", "auth.refresh.body",
      "auth.defaultCredentials", "jwt.maxLifetime", "cors.allowedOrigins", "cors.public",
      "rateLimit.endpoints", "rateLimit.login",
      "upload.path", "upload.field", "upload.authenticated", "upload.allowedTypes", "upload.maxBytes",
      "websocket.path", "websocket.protected", "exposure.allow", "repository",
      "load.path", "load.concurrency", "load.duration", "load.p95");

  private static final JsonNode PROFILE = parse(StackProfileYaml.render(
      URI.create("https://localhost:8443/"), URI.create("http://localhost:8080/")));

  @Test
  void usesOnlyKeysOfTheStackProfileContract() {
    assertThat(CONTRACT_KEYS).containsAll(leafKeys(PROFILE, ""));
  }

  @Test
  void describesTheTargetWithItsTrustAnchorBesideTheProfile() {
    assertThat(PROFILE.at("/target/url").asText()).isEqualTo("https://localhost:8443");
    assertThat(PROFILE.at("/target/httpUrl").asText()).isEqualTo("http://localhost:8080");
    assertThat(PROFILE.at("/target/trust").asText()).isEqualTo("ca.pem");
    assertThat(PROFILE.at("/target/timeout").asText()).isEqualTo("5s");
  }

  @Test
  void namesTheHomeHealthAndProtectedPaths() {
    assertThat(PROFILE.at("/paths/home").asText()).isEqualTo("/");
    assertThat(PROFILE.at("/paths/health").asText()).isEqualTo("/health");
    assertThat(PROFILE.at("/paths/protected").asText()).isEqualTo("/api/rooms");
  }

  @Test
  void enablesTheLoginThrottleProbe() {
    assertThat(PROFILE.at("/rateLimit/login").asBoolean()).isTrue();
  }

  @Test
  void describesLoginAndRefreshWithTheDemoAccount() {
    assertThat(PROFILE.at("/auth/login/path").asText()).isEqualTo("/api/auth/login");
    assertThat(PROFILE.at("/auth/login/body").asText())
        .isEqualTo("{\"username\":\"${user}\",\"password\":\"${password}\"}");
    assertThat(PROFILE.at("/auth/login/contentType").asText()).isEqualTo("application/json");
    assertThat(PROFILE.at("/auth/login/user").asText()).isEqualTo(DemoStack.USER);
    assertThat(PROFILE.at("/auth/login/password").asText()).isEqualTo(DemoStack.password());
    assertThat(PROFILE.at("/auth/login/accessToken").asText()).isEqualTo("/access_token");
    assertThat(PROFILE.at("/auth/login/refreshToken").asText()).isEqualTo("/refresh_token");
    assertThat(PROFILE.at("/auth/refresh/path").asText()).isEqualTo("/api/auth/refresh");
    assertThat(PROFILE.at("/auth/refresh/body").asText()).isEqualTo("{\"refresh_token\":\"${refreshToken}\"}");
  }

  @Test
  void describesTheUploadEndpointAndItsLimits() {
    assertThat(PROFILE.at("/upload/path").asText()).isEqualTo("/api/files");
    assertThat(PROFILE.at("/upload/field").asText()).isEqualTo("file");
    assertThat(PROFILE.at("/upload/authenticated").isBoolean()).isTrue();
    assertThat(PROFILE.at("/upload/authenticated").booleanValue()).isTrue();
    assertThat(PROFILE.at("/upload/allowedTypes")).extracting(JsonNode::asText)
        .containsExactly("image/png", "image/jpeg", "image/gif", "application/pdf", "text/plain");
    assertThat(PROFILE.at("/upload/maxBytes").isInt()).isTrue();
    assertThat(PROFILE.at("/upload/maxBytes").intValue()).isEqualTo(1048576);
  }

  private static JsonNode parse(String yaml) {
    try {
      return new YAMLMapper().readTree(yaml);
    } catch (java.io.IOException e) {
      throw new AssertionError("the profile is not valid YAML:\n" + yaml, e);
    }
  }

  private static Set<String> leafKeys(JsonNode node, String prefix) {
    Set<String> keys = new TreeSet<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (field.getValue().isObject()) {
        keys.addAll(leafKeys(field.getValue(), key));
      } else {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void allowsExactlyTheOneOriginTheCorsPolicyServes() {
    assertThat(PROFILE.at("/cors/allowedOrigins")).extracting(JsonNode::asText)
        .containsExactly("https://app.example.com");
  }

  @Test
  void declaresTheProtectedSocketIoEndpoint() {
    assertThat(PROFILE.at("/websocket/path").asText()).isEqualTo("/socket.io/?EIO=4&transport=websocket");
    assertThat(PROFILE.at("/websocket/protected").booleanValue()).isTrue();
  }

  @Test
  void describesAShortLoadOnTheHomePage() {
    assertThat(PROFILE.at("/load/path").asText()).isEqualTo("/");
    assertThat(PROFILE.at("/load/concurrency").asInt()).isEqualTo(20);
    assertThat(PROFILE.at("/load/duration").asText()).isEqualTo("5s");
    assertThat(PROFILE.at("/load/p95").asText()).isEqualTo("1s");
  }
}
