package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one burst saw: the control request, every burst exchange in the order it was sent, and the request sent
 * after {@code Retry-After}, if any.
 *
 * @param request the burst's request line, for example {@code GET https://api.example/rooms}
 * @param budget the most requests the burst could send, control included
 * @param control the request sent alone before the burst
 * @param exchanges the burst's exchanges in send order
 * @param elapsed how long the burst took
 * @param afterRetry the request sent after waiting {@code Retry-After}, when it fitted the deadline
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BurstResult(String request, int budget, HttpExchange control, List<HttpExchange> exchanges,
    Duration elapsed, Optional<HttpExchange> afterRetry) {

  /** Statuses that mean "limited": 429 (RFC 6585) and 503 (nginx {@code limit_req}'s default). */
  public static final List<Integer> LIMITED_STATUSES = List.of(429, 503);

  /** A response this slow, and ten times slower than the control, means a queueing limiter delays the burst. */
  public static final Duration QUEUEING_DELAY = Duration.ofMillis(500);

  /**
   * How many consecutive responses must show the delay: a slow response or two is a hiccup (GC, JIT), not a queue.
   */
  public static final int QUEUED_RESPONSES = 5;

  /** Copies the list. */
  public BurstResult {
    exchanges = List.copyOf(exchanges);
  }

  /** @return the first limited response, in send order */
  public Optional<HttpExchange> firstLimited() {
    return exchanges.stream().filter(e -> LIMITED_STATUSES.contains(e.status())).findFirst();
  }

  /**
   * @return the requests the limiter let through, control included: every success of the burst, wherever it falls
   *     in send order, because the connections answer out of send order (a request sent early on a connection still
   *     in its TLS handshake arrives after later ones, and would make a cut at the first limited response in send
   *     order undercount)
   */
  public int observedLimit() {
    return 1 + (int) exchanges.stream().filter(HttpExchange::isSuccessful).count();
  }

  /** @return the slowest burst response when it shows queueing ({@link #isQueued}) */
  public Optional<HttpExchange> slowest() {
    return exchanges.stream().max(java.util.Comparator.comparing(HttpExchange::elapsed));
  }

  /** Responses sent while the burst opens its connections (TLS handshakes are slow), never counted as queued. */
  public static final int WARM_UP = 2 * BurstEngine.CONNECTIONS;

  /**
   * @return true when the last {@link #QUEUED_RESPONSES} burst responses after {@link #WARM_UP}, in send order,
   *     each took over {@link #QUEUEING_DELAY} and ten times the control's time
   */
  public boolean isQueued() {
    if (exchanges.size() < WARM_UP + QUEUED_RESPONSES) {
      return false;
    }
    return exchanges.subList(exchanges.size() - QUEUED_RESPONSES, exchanges.size()).stream()
        .allMatch(BurstResult.queuedAfter(control));
  }

  /**
   * @return true when the control or a burst answer carries a rate-limit header ({@code Retry-After},
   *     {@code RateLimit*}, {@code X-RateLimit-*}): the signal that tells a queueing limiter from a slow stack
   */
  public boolean hasLimiterSignal() {
    return !dev.readiness.http.LimiterHeaders.of(control.headers()).lines().isEmpty()
        || exchanges.stream().anyMatch(e -> !dev.readiness.http.LimiterHeaders.of(e.headers()).lines().isEmpty());
  }

  /** @return the burst's rate in requests per second */
  public long requestsPerSecond() {
    return exchanges.size() * 1000L / Math.max(1, elapsed.toMillis());
  }

  static java.util.function.Predicate<HttpExchange> queuedAfter(HttpExchange control) {
    Duration bound = control.elapsed().multipliedBy(10);
    return e -> e.elapsed().compareTo(QUEUEING_DELAY) > 0 && e.elapsed().compareTo(bound) > 0;
  }
}
