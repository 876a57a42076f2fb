package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one refusal rule: a 4xx refuses, a 5xx, 408, 429 or no answer never does. */
class RefusalTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "200, ACCEPTED", "201, ACCEPTED", "204, ACCEPTED",
      "400, REFUSED", "401, REFUSED", "403, REFUSED", "413, REFUSED", "415, REFUSED", "422, REFUSED", "426, REFUSED",
      "301, REDIRECTED", "302, REDIRECTED", "303, REDIRECTED", "308, REDIRECTED",
      "408, NO_ANSWER", "429, NO_ANSWER", "500, NO_ANSWER", "502, NO_ANSWER", "503, NO_ANSWER", "504, NO_ANSWER",
      "100, NO_ANSWER", "0, NO_ANSWER"})
  void judgesAStatusAsAcceptedRefusedRedirectedOrNoAnswer(int status, Refusal expected) {
    assertThat(Refusal.of(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "handshake {0} -> {1}")
  @CsvSource({"101, ACCEPTED", "200, REFUSED", "403, REFUSED", "302, REDIRECTED", "502, NO_ANSWER", "0, NO_ANSWER"})
  void onlyAnOpenedSocketAcceptsAHandshake(int status, Refusal expected) {
    WebSocketHandshake handshake = new WebSocketHandshake(ProbeRequest.get(URI.create("wss://app.example/ws")),
        status, Optional.empty(), status == 101 ? "" : "not upgraded");

    assertThat(Refusal.of(handshake)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} explained as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0   | no HTTP answer: a reset, a time-out or an unexpected end of stream is not a refusal
      502 | a server error: the backend failed instead of refusing; a refusal is a 4xx
      429 | 429: a rate limiter this check does not test refused it
      408 | 408: the server timed out reading the request
      302 | a redirect, which is not followed
      """)
  void explainsWhyAnAnswerIsNoRefusal(int status, String expected) {
    assertThat(Refusal.explain(status)).startsWith(" (").contains(expected).endsWith(")");
  }

  @ParameterizedTest
  @CsvSource({"200", "401", "403", "422"})
  void needsNoExplanationForAnAnswerThatDecides(int status) {
    assertThat(Refusal.explain(status)).isEmpty();
  }
}
