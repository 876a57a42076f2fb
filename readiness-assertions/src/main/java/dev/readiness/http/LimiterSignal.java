package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What one response says about a rate limiter, read from its status and headers: a refusal with
 * {@code Retry-After}; a quota that is spent, with when it refills (the IETF draft-8 {@code RateLimit: "p";r=0;t=30},
 * the draft-7 {@code RateLimit: limit=10, remaining=0, reset=30}, the draft-6 {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}, or {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} in seconds or as an epoch
 * time); or a refusal that says nothing (a bare {@code 429}, or a {@code 503} such as nginx {@code limit_req}'s
 * default), which the governor backs off from. Pure: no I/O.
 *
 * @param kind what the response says
 * @param delay how long the limiter asks to wait, when it says
 * @param remaining the requests left in the current window, when a quota header says
 * @param limit the window's quota, when a header says ({@code RateLimit-Policy} {@code q=}, {@code limit=})
 * @param evidence the status and the limiter headers, for messages
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LimiterSignal(Kind kind, Optional<Duration> delay, OptionalLong remaining, OptionalLong limit,
    String evidence) {

  /** What a response says about a limiter. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A 429 or 503 with a readable {@code Retry-After} (or a spent quota's reset): wait that long, then resend. */
    REFUSED_WITH_WAIT,
    /** A 429 with no wait to read: back off with jitter, then send at a learned rate. */
    REFUSED_BARE,
    /** A 503 with no limiter header at all: a limiter (nginx) or a backend that is down; backed off a few times. */
    UNAVAILABLE_BARE,
    /** An answer that passed, with quota headers: the window's state. */
    QUOTA
  }

  private static final Pattern DRAFT8_REMAINING = Pattern.compile("(?:^|;)\\s*r=(\\d{1,12})");
  private static final Pattern DRAFT8_RESET = Pattern.compile("(?:^|;)\\s*t=(\\d{1,12})");
  private static final Pattern DRAFT8_QUOTA = Pattern.compile("(?:^|;)\\s*q=(\\d{1,12})");
  private static final Pattern DRAFT7_REMAINING = Pattern.compile("remaining=(\\d{1,12})");
  private static final Pattern DRAFT7_RESET = Pattern.compile("reset=(\\d{1,12})");
  private static final Pattern DRAFT7_LIMIT = Pattern.compile("limit=(\\d{1,12})");

  /** Epoch seconds beyond this are a time, not a delay (about 2001-09-09). */
  private static final long EPOCH_SECONDS = 1_000_000_000L;

  /**
   * @param exchange a response
   * @param now when it was received
   * @return what it says about a limiter; empty when it is no refusal and carries no quota header
   */
  public static Optional<LimiterSignal> of(HttpExchange exchange, Instant now) {
    HttpHeaders headers = exchange.headers();
    String evidence = exchange.status() + " with " + LimiterHeaders.of(headers);
    OptionalLong remaining = remaining(headers);
    OptionalLong limit = limit(headers);
    Optional<Duration> reset = reset(headers, now);
    boolean refused = exchange.status() == 429 || exchange.status() == 503;
    Optional<Duration> retryAfter = headers.first("Retry-After")
        .flatMap(value -> LimiterHeaders.retryAfter(value, now));
    if (refused) {
      Optional<Duration> wait = retryAfter.isPresent() ? retryAfter : reset;
      if (wait.isPresent()) {
        return Optional.of(new LimiterSignal(Kind.REFUSED_WITH_WAIT, wait, remaining, limit, evidence));
      }
      boolean quotaHeaders = !LimiterHeaders.of(headers).lines().isEmpty();
      Kind kind = exchange.status() == 429 || quotaHeaders ? Kind.REFUSED_BARE : Kind.UNAVAILABLE_BARE;
      return Optional.of(new LimiterSignal(kind, Optional.empty(), remaining, limit, evidence));
    }
    if (remaining.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> wait = remaining.getAsLong() == 0 ? reset : Optional.empty();
    return Optional.of(new LimiterSignal(Kind.QUOTA, wait, remaining, limit, evidence));
  }

  /** @return true for a refusal the request may be sent again after */
  public boolean refused() {
    return kind != Kind.QUOTA;
  }

  private static OptionalLong remaining(HttpHeaders headers) {
    OptionalLong draft = headers.first("RateLimit").map(v -> number(v, DRAFT8_REMAINING, DRAFT7_REMAINING))
        .orElse(OptionalLong.empty());
    if (draft.isPresent()) {
      return draft;
    }
    return first(headers, "RateLimit-Remaining", "X-RateLimit-Remaining");
  }

  private static OptionalLong limit(HttpHeaders headers) {
    OptionalLong policy = headers.first("RateLimit-Policy").map(v -> number(v, DRAFT8_QUOTA, DRAFT8_QUOTA))
        .orElse(OptionalLong.empty());
    if (policy.isPresent()) {
      return policy;
    }
    OptionalLong draft7 = headers.first("RateLimit").map(v -> number(v, DRAFT7_LIMIT, DRAFT7_LIMIT))
        .orElse(OptionalLong.empty());
    return draft7.isPresent() ? draft7 : first(headers, "RateLimit-Limit", "X-RateLimit-Limit");
  }

  private static Optional<Duration> reset(HttpHeaders headers, Instant now) {
    OptionalLong seconds = headers.first("RateLimit").map(v -> number(v, DRAFT8_RESET, DRAFT7_RESET))
        .orElse(OptionalLong.empty());
    if (seconds.isEmpty()) {
      seconds = first(headers, "RateLimit-Reset", "X-RateLimit-Reset");
    }
    if (seconds.isEmpty()) {
      return Optional.empty();
    }
    long value = seconds.getAsLong();
    if (value > EPOCH_SECONDS * 1000) {
      value = value / 1000;
    }
    if (value > EPOCH_SECONDS) {
      long delay = value - now.getEpochSecond();
      return Optional.of(Duration.ofSeconds(Math.max(0, delay)));
    }
    return Optional.of(Duration.ofSeconds(value));
  }

  private static OptionalLong number(String value, Pattern structured, Pattern listed) {
    for (Pattern pattern : new Pattern[] {structured, listed}) {
      Matcher matcher = pattern.matcher(value);
      if (matcher.find()) {
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong first(HttpHeaders headers, String... names) {
    for (String name : names) {
      Optional<String> value = headers.first(name).map(String::trim).filter(v -> v.matches("\\d{1,15}"));
      if (value.isPresent()) {
        return OptionalLong.of(Long.parseLong(value.get()));
      }
    }
    return OptionalLong.empty();
  }
}
