package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentTypeOptionsPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"nosniff", " NoSniff ", "NOSNIFF"})
  void acceptsNosniffInAnyCase(String value) {
    assertThat(ContentTypeOptionsPolicy.evaluate(List.of(get("https://a.example/", 200,
        "X-Content-Type-Options", value)))).isEmpty();
  }

  @Test
  void failsEachResponseWithoutTheHeader() {
    List<Finding> findings = ContentTypeOptionsPolicy.evaluate(List.of(
        get("https://a.example/", 200, "X-Content-Type-Options", "nosniff"),
        get("https://a.example/api/rooms", 401)));

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET https://a.example/api/rooms -> 401 sent no X-Content-Type-Options header, so browsers may "
            + "MIME-sniff responses into executable content");
  }

  @Test
  void failsAnotherValue() {
    assertThat(ContentTypeOptionsPolicy.evaluate(List.of(get("https://a.example/", 200,
        "X-Content-Type-Options", "sniff")))).singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET https://a.example/ -> 200 sent X-Content-Type-Options: 'sniff', which is not 'nosniff'");
  }
}
