package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.FailureText;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.Http11RefusedException;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.KeepAliveEngine;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Sends one request repeatedly, as fast as {@link #CONNECTIONS} keep-alive connections allow, through the check's
 * {@link HttpProbe} (so host containment, budget and deadline hold). The control is sent once the governor knows
 * the window has refilled ({@link HttpProbe#sendAfterRefill}); the burst stops at the first limited response or
 * when the budget is spent. When answers slow down it goes on for {@link #QUEUE_PROBE} more: a queue counts only when
 * it carries a limiter's signal or, bounded, then refuses ({@link RateLimitPolicy}), and a bounded queue refuses
 * within that many answers at this concurrency.
 *
 * <p>The burst goes over HTTP/1.1 keep-alive on non-blocking sockets ({@link KeepAliveEngine}: one selector thread,
 * {@code SSLEngine} for HTTPS with ALPN offering {@code http/1.1}). A target that refuses HTTP/1.1 in its TLS
 * handshake (an HTTP/2-only server) gets the burst through the probe's own client instead, over HTTP/2, from
 * {@link #CONNECTIONS} threads. The check's probe is expected to be {@link dev.readiness.http.LimitedResponses#RAW}
 * (every rate-limit check's is): the keep-alive engine always hands limited responses over raw.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BurstEngine {

  /** Concurrent connections of a burst. */
  public static final int CONNECTIONS = 16;

  /**
   * Queued answers in a row after which the burst stops: three rounds of the connections, after which a queue that
   * is bounded below the burst's concurrency would have refused.
   */
  public static final int QUEUE_PROBE = 3 * CONNECTIONS;

  private final HttpProbe probe;

  /** @param probe the check's probe */
  public BurstEngine(HttpProbe probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /**
   * Sends the control request alone, then the burst.
   *
   * @param request what to send
   * @param budget the most requests, control included; at least 2
   * @return the control and the burst's exchanges in send order
   * @throws ProbeException when a request gets no answer; the burst stops first
   */
  public BurstResult burst(ProbeRequest request, int budget) {
    HttpExchange control = probe.sendAfterRefill(request);
    int size = Math.max(0, budget - 1);
    AtomicReferenceArray<HttpExchange> sent = new AtomicReferenceArray<>(size);
    Instant start = Instant.now();
    if (control.isSuccessful()) {
      Predicate<HttpExchange> queued = BurstResult.queuedAfter(control);
      AtomicInteger slow = new AtomicInteger();
      KeepAliveEngine.Answers answers = (index, exchange) -> {
        sent.set(index, exchange);
        boolean unboundedQueue = index >= BurstResult.WARM_UP && queued.test(exchange)
            ? slow.incrementAndGet() >= QUEUE_PROBE
            : resetUnlessWarmingUp(slow, index);
        return !BurstResult.LIMITED_STATUSES.contains(exchange.status()) && !unboundedQueue;
      };
      try {
        new KeepAliveEngine(probe).send(request, CONNECTIONS, size, answers);
      } catch (Http11RefusedException e) {
        start = Instant.now();
        overHttp2(request, size, answers);
      }
    }
    Duration elapsed = Duration.between(start, Instant.now());
    List<HttpExchange> exchanges = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (sent.get(i) != null) {
        exchanges.add(sent.get(i));
      }
    }
    return new BurstResult(request.method() + " " + request.url(), budget, control, exchanges, elapsed,
        Optional.empty());
  }

  /** The burst through the probe's own client (HTTP/2), {@link #CONNECTIONS} threads each sending in turn. */
  private void overHttp2(ProbeRequest request, int size, KeepAliveEngine.Answers answers) {
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS, runnable -> {
      Thread thread = new Thread(runnable, "readiness-burst");
      thread.setDaemon(true);
      return thread;
    });
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        workers.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < size && !stop.get(); index = next.getAndIncrement()) {
            HttpExchange exchange = probe.send(request);
            boolean goOn;
            synchronized (answers) {
              goOn = answers.answered(index, exchange);
            }
            if (!goOn) {
              stop.set(true);
            }
          }
          return null;
        }));
      }
      awaitAll(workers, stop);
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean resetUnlessWarmingUp(AtomicInteger slow, int index) {
    if (index >= BurstResult.WARM_UP) {
      slow.set(0);
    }
    return false;
  }

  private static void awaitAll(List<Future<?>> workers, AtomicBoolean stop) {
    ProbeException failure = null;
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (java.util.concurrent.ExecutionException e) {
        stop.set(true);
        if (failure == null) {
          failure = e.getCause() instanceof ProbeException probeFailure
              ? probeFailure : new ProbeException("burst failed: " + FailureText.of(e.getCause()), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProbeException("burst interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Waits the first limited response's {@code Retry-After} plus one second, when that fits the probe's remaining
   * time, and sends the request once more.
   *
   * @param result a finished burst
   * @param request the burst's request
   * @return the result with the request sent after the wait, or unchanged when there was nothing to wait for
   */
  public BurstResult retryAfter(BurstResult result, ProbeRequest request) {
    Optional<Duration> delay = result.firstLimited()
        .flatMap(limited -> limited.header("Retry-After"))
        .flatMap(value -> RetryAfter.parse(value, Instant.now()))
        .map(d -> d.plusSeconds(1));
    if (delay.isEmpty() || delay.get().plusSeconds(2).compareTo(probe.remaining()) > 0) {
      return result;
    }
    try {
      TimeUnit.MILLISECONDS.sleep(delay.get().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while waiting Retry-After", e);
    }
    return new BurstResult(result.request(), result.budget(), result.control(), result.exchanges(),
        result.elapsed(), Optional.of(probe.send(request)));
  }
}
