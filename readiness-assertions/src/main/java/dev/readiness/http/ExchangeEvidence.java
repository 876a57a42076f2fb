package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Evidence;
import org.apiguardian.api.API;

/** Turns an {@link HttpExchange} into redacted {@link Evidence}: request line, headers both ways, a body excerpt. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExchangeEvidence {

  /** How much of a response body the evidence shows. */
  public static final int BODY_EXCERPT = 400;

  private ExchangeEvidence() {}

  /**
   * @param exchange what was sent and received
   * @param redactor masks secrets
   * @return evidence titled {@code GET https://host/ -> 200 (12 ms)}, safe to show
   */
  public static Evidence of(HttpExchange exchange, Redactor redactor) {
    StringBuilder detail = new StringBuilder();
    for (HttpHeader h : exchange.request().headers().lines()) {
      detail.append("> ").append(h.name()).append(": ").append(redactor.header(h.name(), h.value())).append('\n');
    }
    detail.append("< ").append(exchange.protocol().toUpperCase(java.util.Locale.ROOT)).append(' ')
        .append(exchange.status()).append('\n');
    for (HttpHeader h : exchange.headers().lines()) {
      detail.append("< ").append(h.name()).append(": ").append(redactor.header(h.name(), h.value())).append('\n');
    }
    String body = exchange.body().strip();
    if (!body.isEmpty()) {
      String excerpt = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "..." : body;
      detail.append('\n').append(redactor.text(excerpt)).append('\n');
    }
    String title = redactor.text(exchange.summary()) + " (" + exchange.elapsed().toMillis() + " ms)";
    return new Evidence(title, detail.toString().stripTrailing());
  }
}
