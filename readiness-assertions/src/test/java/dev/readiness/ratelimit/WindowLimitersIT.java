package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code ratelimit.api} against window limiters scripted in MockWebServer: a fixed window of 100 requests a minute
 * answered like express-rate-limit, and a sliding log of 30 requests in any 2 seconds. The burst reaches both
 * before they refill.
 */
class WindowLimitersIT {

  /** express-rate-limit {@code windowMs: 60_000, limit: 100, standardHeaders: 'draft-7'}. */
  static final class FixedWindow {
    private static final int LIMIT = 100;
    private static final long WINDOW_NANOS = 60_000_000_000L;
    private long windowStart = System.nanoTime();
    private int used;

    synchronized MockResponse answer() {
      long now = System.nanoTime();
      if (now - windowStart >= WINDOW_NANOS) {
        windowStart = now;
        used = 0;
      }
      long reset = Math.max(1, (windowStart + WINDOW_NANOS - now) / 1_000_000_000L);
      MockResponse.Builder response = new MockResponse.Builder()
          .addHeader("RateLimit-Policy", LIMIT + ";w=60")
          .addHeader("RateLimit", "limit=" + LIMIT + ", remaining=" + Math.max(0, LIMIT - used - 1) + ", reset="
              + reset);
      if (used >= LIMIT) {
        return response.code(429).addHeader("Retry-After", String.valueOf(reset))
            .body("Too many requests, please try again later.").build();
      }
      used++;
      return response.code(200).body("[]").build();
    }
  }

  /** A sliding log: at most 30 requests in any 2 seconds. */
  static final class SlidingLog {
    private static final int LIMIT = 30;
    private static final long WINDOW_NANOS = 2_000_000_000L;
    private final Deque<Long> log = new ArrayDeque<>();

    synchronized MockResponse answer() {
      long now = System.nanoTime();
      while (!log.isEmpty() && now - log.peekFirst() >= WINDOW_NANOS) {
        log.removeFirst();
      }
      if (log.size() >= LIMIT) {
        long wait = (log.peekFirst() + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L;
        return new MockResponse.Builder().code(429).addHeader("Retry-After", String.valueOf(wait))
            .addHeader("X-RateLimit-Limit", String.valueOf(LIMIT)).addHeader("X-RateLimit-Remaining", "0").build();
      }
      log.addLast(now);
      return new MockResponse.Builder().code(200).addHeader("X-RateLimit-Limit", String.valueOf(LIMIT))
          .addHeader("X-RateLimit-Remaining", String.valueOf(LIMIT - log.size())).body("[]").build();
    }
  }

  private static CheckResult burst(Supplier<MockResponse> limiter) {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return limiter.get();
        }
      });
      server.start();
      StackProfile profile = StackProfile.parse("target:\n  url: " + server.url("/") + "\nrateLimit:\n  endpoints:\n"
          + "    - path: /api/rooms\n", Path.of("."), Map.of());
      return Readiness.check(RateLimitApiCheck.ID, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void fixedWindowOfAHundredAMinuteIsReachedBeforeItRefills() {
    CheckResult result = burst(new FixedWindow()::answer);

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).contains(": 429 with Retry-After: ").contains("RateLimit: limit=100, remaining=0, "
        + "reset=").contains("RateLimit-Policy: 100;w=60");
    assertThat(ObservedLimits.of(result)).as("the window does not refill within the check's deadline")
        .isEqualTo(FixedWindow.LIMIT);
  }

  @Test
  void slidingLogOfThirtyInTwoSecondsIsReachedBeforeItSlides() {
    CheckResult result = burst(new SlidingLog()::answer);

    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).contains(": 429 with Retry-After: ").contains("X-RateLimit-Limit: 30; "
        + "X-RateLimit-Remaining: 0");
    assertThat(ObservedLimits.of(result)).as("30, plus any request the log let through as it slid during the burst")
        .isBetween(SlidingLog.LIMIT, SlidingLog.LIMIT + BurstEngine.CONNECTIONS);
  }
}
