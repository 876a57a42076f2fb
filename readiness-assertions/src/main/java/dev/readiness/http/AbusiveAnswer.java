package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a deliberately abusive request (an over-long header, an oversize body) got: an HTTP answer, or a refusal at
 * the transport (the HTTP/2 stream reset, the connection closed or reset before an answer). Both are answers that
 * can be judged; both are kept in the probe's evidence with the request named. No answer in time, or no connection
 * at all, is not a refusal: {@link HttpProbe#sendAbusive} throws a {@link ProbeException} for it.
 *
 * @param request what was sent
 * @param exchange the HTTP answer, empty when the transport refused
 * @param refusal how the transport refused, empty when there was an HTTP answer
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AbusiveAnswer(ProbeRequest request, Optional<HttpExchange> exchange, Optional<String> refusal) {

  /** Validates that exactly one of the two is present. */
  public AbusiveAnswer {
    Objects.requireNonNull(request, "request");
    if (exchange.isPresent() == refusal.isPresent()) {
      throw new IllegalArgumentException("an abusive request gets either an HTTP answer or a refusal");
    }
  }

  /** @return true when the transport refused the request instead of answering it */
  public boolean refused() {
    return refusal.isPresent();
  }

  /** @return the request and its answer, such as {@code GET https://a/ -> refused: the HTTP/2 stream was reset} */
  public String summary() {
    return exchange.map(HttpExchange::summary)
        .orElseGet(() -> request.method() + " " + request.url() + " -> refused: " + refusal.orElseThrow());
  }
}
