package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a response's status and headers tell the governor about a limiter, in every header dialect it reads. */
class LimiterSignalTest {

  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final String URL = "https://api.example/rooms";

  static Stream<Arguments> signals() {
    return Stream.of(
        Arguments.of("429 with Retry-After", TestExchanges.get(URL, 429, "Retry-After", "60"),
            LimiterSignal.Kind.REFUSED_WITH_WAIT, Optional.of(Duration.ofSeconds(60))),
        Arguments.of("503 with Retry-After", TestExchanges.get(URL, 503, "Retry-After", "5"),
            LimiterSignal.Kind.REFUSED_WITH_WAIT, Optional.of(Duration.ofSeconds(5))),
        Arguments.of("429 with draft-8 RateLimit only", TestExchanges.get(URL, 429, "RateLimit",
            "\"login\";r=0;t=42", "RateLimit-Policy", "\"login\";q=10;w=60"),
            LimiterSignal.Kind.REFUSED_WITH_WAIT, Optional.of(Duration.ofSeconds(42))),
        Arguments.of("429 with draft-7 RateLimit", TestExchanges.get(URL, 429, "RateLimit",
            "limit=10, remaining=0, reset=17"), LimiterSignal.Kind.REFUSED_WITH_WAIT,
            Optional.of(Duration.ofSeconds(17))),
        Arguments.of("429 with draft-6 headers", TestExchanges.get(URL, 429, "RateLimit-Limit", "10",
            "RateLimit-Remaining", "0", "RateLimit-Reset", "9"), LimiterSignal.Kind.REFUSED_WITH_WAIT,
            Optional.of(Duration.ofSeconds(9))),
        Arguments.of("429 with X-RateLimit-Reset as epoch seconds", TestExchanges.get(URL, 429,
            "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 30)),
            LimiterSignal.Kind.REFUSED_WITH_WAIT, Optional.of(Duration.ofSeconds(30))),
        Arguments.of("bare 429", TestExchanges.get(URL, 429), LimiterSignal.Kind.REFUSED_BARE, Optional.empty()),
        Arguments.of("bare 503 (nginx limit_req default)", TestExchanges.get(URL, 503),
            LimiterSignal.Kind.UNAVAILABLE_BARE, Optional.empty()),
        Arguments.of("200 with a spent draft-8 quota", TestExchanges.get(URL, 200, "RateLimit",
            "\"api\";r=0;t=3"), LimiterSignal.Kind.QUOTA, Optional.of(Duration.ofSeconds(3))),
        Arguments.of("200 with quota left", TestExchanges.get(URL, 200, "X-RateLimit-Remaining", "4",
            "X-RateLimit-Reset", "3"), LimiterSignal.Kind.QUOTA, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signals")
  void readsTheLimiterFromStatusAndHeaders(String name, HttpExchange exchange, LimiterSignal.Kind kind,
      Optional<Duration> delay) {
    LimiterSignal signal = LimiterSignal.of(exchange, NOW).orElseThrow();

    assertThat(signal.kind()).isEqualTo(kind);
    assertThat(signal.delay()).isEqualTo(delay);
  }

  @Test
  void readsTheDraft8QuotaAndPolicy() {
    LimiterSignal signal = LimiterSignal.of(TestExchanges.get(URL, 200, "RateLimit", "\"api\";r=3;t=20",
        "RateLimit-Policy", "\"api\";q=10;w=60"), NOW).orElseThrow();

    assertThat(signal.remaining()).isEqualTo(OptionalLong.of(3));
    assertThat(signal.limit()).isEqualTo(OptionalLong.of(10));
    assertThat(signal.refused()).isFalse();
  }

  @Test
  void anOrdinaryAnswerSaysNothing() {
    assertThat(LimiterSignal.of(TestExchanges.get(URL, 200), NOW)).isEmpty();
    assertThat(LimiterSignal.of(TestExchanges.get(URL, 401), NOW)).isEmpty();
  }
}
