package dev.readiness.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pointing an example profile at a demo stack replaces exactly its target, repository and listed variables. */
class DemoKitProfileTest {

  private static final Path EXAMPLE = Path.of("examples/shop/readiness.yaml");
  private static final URI HTTPS = URI.create("https://localhost:41000/");
  private static final URI HTTP = URI.create("http://localhost:41001/");

  @Test
  void replacesTargetAndRepositoryAndKeepsEveryOtherLine() {
    List<String> lines = List.of(
        "# a shop",
        "target:",
        "  url: https://shop.example.com   # production",
        "  timeout: 10s",
        "paths:",
        "  health: /health",
        "repository: .",
        "auth:",
        "  login:",
        "    password: '${env:SHOP_PASSWORD}'");

    String profile = DemoKitProfile.render(EXAMPLE, lines, HTTPS, HTTP, Path.of("/fixtures/shop"),
        Map.of("SHOP_PASSWORD", "s3cret"));

    assertThat(profile).isEqualTo("""
        # examples/shop/readiness.yaml, pointed at a running demo stack and a repository fixture
        target:
          url: https://localhost:41000
          httpUrl: http://localhost:41001
          trust: ca.pem
          timeout: 5s
        repository: '/fixtures/shop'
        # a shop
        paths:
          health: /health
        auth:
          login:
            password: 's3cret'
        """);
  }

  @Test
  void leavesVariablesItWasNotGivenForTheProfileReader() {
    String profile = DemoKitProfile.render(EXAMPLE, List.of("target:", "  url: x", "repository: .",
        "jwt:", "  maxLifetime: ${env:SHOP_JWT:-15m}"), HTTPS, HTTP, Path.of("/r"), Map.of());

    assertThat(profile).endsWith("jwt:\n  maxLifetime: ${env:SHOP_JWT:-15m}\n");
  }

  @Test
  void refusesAnExampleWithoutRepositoryNamingTheFile() {
    assertThatThrownBy(() -> DemoKitProfile.render(EXAMPLE, List.of("target:", "  url: x"), HTTPS, HTTP,
        Path.of("/r"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("examples/shop/readiness.yaml must have one top-level target section and one "
            + "repository key");
  }
}
