package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The one rule for what an answer means to a check that expects the stack to refuse something (a forged token, a
 * reused refresh token, a disguised file, a foreign WebSocket origin): the stack took it, refused it, redirected
 * it, or gave no answer a check can judge. Every such check classifies its answers here, so a backend that crashes
 * behind a proxy (502), a rate limiter (429) or a stalled connection never looks like a hardened stack.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Refusal {

  /** 2xx (101 for a WebSocket upgrade): the stack took the request. */
  ACCEPTED,
  /** 4xx other than 408 and 429: the stack looked at the request and refused it. */
  REFUSED,
  /** 3xx: the stack sent the client elsewhere; whether that refuses is the check's to say (a login page, https). */
  REDIRECTED,
  /**
   * No judgeable answer: a 5xx (the backend failed, not the request), 408 or 429 (a time-out or a rate limiter
   * this check does not test), another 1xx, or no HTTP answer at all (reset, time-out, end of stream).
   */
  NO_ANSWER;

  /**
   * @param status the HTTP status, 0 when no HTTP answer came
   * @return what the status means for a request the stack should refuse
   */
  public static Refusal of(int status) {
    if (status >= 200 && status < 300) {
      return ACCEPTED;
    }
    if (status >= 300 && status < 400) {
      return REDIRECTED;
    }
    return status >= 400 && status < 500 && status != 408 && status != 429 ? REFUSED : NO_ANSWER;
  }

  /** @return what the exchange's status means, as {@link #of(int)} */
  public static Refusal of(HttpExchange exchange) {
    return of(exchange.status());
  }

  /**
   * @return what the handshake got: only an opened socket (101) is {@link #ACCEPTED}; another 2xx is an answer
   *     that declined the upgrade ({@link #REFUSED}); otherwise as {@link #of(int)}, so no HTTP answer is
   *     {@link #NO_ANSWER}
   */
  public static Refusal of(WebSocketHandshake handshake) {
    if (handshake.opened()) {
      return ACCEPTED;
    }
    Refusal answer = of(handshake.status());
    return answer == ACCEPTED ? REFUSED : answer;
  }

  /**
   * @param status an HTTP status that is not a plain refusal, 0 for no HTTP answer
   * @return why it cannot be judged, in parentheses with a leading space ({@code " (a server error: ...)"}), for
   *     messages; empty for a 2xx or a refusing 4xx
   */
  public static String explain(int status) {
    if (status == 0) {
      return " (no HTTP answer: a reset, a time-out or an unexpected end of stream is not a refusal)";
    }
    if (status == 429) {
      return " (429: a rate limiter this check does not test refused it; let the check's requests through or "
          + "raise the limit)";
    }
    if (status == 408) {
      return " (408: the server timed out reading the request, which says nothing about its content)";
    }
    if (status >= 300 && status < 400) {
      return " (a redirect, which is not followed)";
    }
    if (status >= 500) {
      return " (a server error: the backend failed instead of refusing; a refusal is a 4xx)";
    }
    if (status < 200) {
      return " (an interim answer, not a refusal)";
    }
    return "";
  }
}
