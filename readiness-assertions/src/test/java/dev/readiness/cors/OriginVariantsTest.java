package dev.readiness.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cors.OriginVariant.Kind;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OriginVariantsTest {

  @Test
  void derivesEveryBypassClassOfTheCatalogue() {
    assertThat(OriginVariants.lookAlikes("https://app.example.com")).containsExactlyInAnyOrderEntriesOf(Map.of(
        Kind.SUFFIX, "https://evilapp.example.com",
        Kind.PREFIX, "https://app.example.com.evil.example",
        Kind.UNESCAPED_DOT, "https://appxexample.com",
        Kind.SUBSTRING, "https://app.example.co",
        Kind.ANY_SUBDOMAIN, "https://evil.app.example.com",
        Kind.SCHEME_HTTP, "http://app.example.com"));
  }

  @Test
  void keepsThePortAndLeavesOutTheSchemeClassForHttpOrigins() {
    Map<Kind, String> variants = OriginVariants.lookAlikes("http://localhost:3000");

    assertThat(variants).containsEntry(Kind.SUFFIX, "http://evillocalhost:3000")
        .containsEntry(Kind.PREFIX, "http://localhost.evil.example:3000")
        .containsEntry(Kind.SUBSTRING, "http://localhos:3000")
        .doesNotContainKeys(Kind.SCHEME_HTTP, Kind.UNESCAPED_DOT);
  }

  @Test
  void listsAllowedLookAlikesForeignAndNullWithoutRepeatingAConfiguredOrigin() {
    List<OriginVariant> variants = OriginVariants.all(
        List.of("https://app.example.com", "http://app.example.com"), new Random(1));

    assertThat(variants).filteredOn(v -> v.kind() == Kind.ALLOWED).extracting(OriginVariant::origin)
        .containsExactly("https://app.example.com", "http://app.example.com");
    assertThat(variants).filteredOn(v -> v.kind() == Kind.SCHEME_HTTP).isEmpty();
    assertThat(variants).filteredOn(v -> v.kind() == Kind.FOREIGN).singleElement()
        .satisfies(v -> assertThat(v.origin()).matches("https://readiness-[a-z]{12}\\.example"));
    assertThat(variants.get(variants.size() - 1)).isEqualTo(new OriginVariant(Kind.NULL, "null", ""));
  }
}
