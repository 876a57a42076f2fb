package dev.readiness.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      hsts.maxage          | hsts.max-age, hsts.present
      hsts.presnet         | hsts.present, hsts.max-age
      cors.wildcrad        | cors.wildcard, cors.allowed, cors.reflection
      jwt.lifetme          | jwt.lifetime, jwt.algorithm, jwt.signature-enforced
      tls.protocol         | tls.protocols, tls.ciphers, tls.certificate.trust
      ratelimit.logn       | ratelimit.login, ratelimit.api, ratelimit.signal
      """)
  void namesTheNearestCatalogueIdsFirst(String typed, String expected) {
    List<String> ids = CheckCatalog.all().stream().map(check -> check.id()).toList();

    assertThat(String.join(", ", NearestIds.to(typed, ids))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kitchen-sink", "x"})
  void namesNothingWhenNoIdIsClose(String typed) {
    assertThat(NearestIds.to(typed, CheckCatalog.all().stream().map(check -> check.id()).toList())).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, abc, 0", "hsts.maxage, hsts.max-age, 1"})
  void measuresTheLevenshteinDistance(String a, String b, int distance) {
    assertThat(NearestIds.distance(a, b)).isEqualTo(distance);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hsts.maxage  | unknown check id 'hsts.maxage'; did you mean hsts.max-age, hsts.present? (docs/checks.md lists all
      kitchen-sink | unknown check id 'kitchen-sink'; no known id is close (docs/checks.md lists all
      """)
  void anUnknownIdNamesTheNearestIdsInsteadOfAllOfThem(String typed, String start) {
    assertThatThrownBy(() -> CheckCatalog.require(typed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(start + " " + CheckCatalog.all().size() + ")");
  }
}
