package dev.readiness.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds exchanges for policy tests: a GET of a URL answered with a status and header lines. */
public final class TestExchanges {

  private TestExchanges() {}

  /**
   * @param url the requested URL
   * @param status the response status
   * @param headerPairs name, value, name, value, ...
   * @return the exchange, answered in 5 ms
   */
  public static HttpExchange get(String url, int status, String... headerPairs) {
    return answered(url, status, Duration.ofMillis(5), headerPairs);
  }

  /** @return the exchange, answered after the given time */
  public static HttpExchange answered(String url, int status, Duration elapsed, String... headerPairs) {
    List<HttpHeader> lines = new ArrayList<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      lines.add(new HttpHeader(headerPairs[i], headerPairs[i + 1]));
    }
    return new HttpExchange(ProbeRequest.get(URI.create(url)), status, "http/1.1", new HttpHeaders(lines), "",
        false, Instant.EPOCH, elapsed);
  }
}
