package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One login request and what it yielded.
 *
 * @param exchange the login request and its response
 * @param tokens the tokens read from the response, present only when the login answered 2xx with an access token
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoginAttempt(HttpExchange exchange, Optional<IssuedTokens> tokens) {

  /** @return whether the stack logged the user in: a 2xx answer carrying an access token */
  public boolean succeeded() {
    return tokens.isPresent();
  }

  /** @return whether the login was refused by a rate limiter (429) */
  public boolean throttled() {
    return exchange.status() == 429;
  }
}
