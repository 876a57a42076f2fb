package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.apiguardian.api.API;

/**
 * Keeps up to {@link LoadPlan#connections()} HTTP/1.1 keep-alive connections busy with one request for a measured
 * window, through the check's {@link HttpProbe}: every request is admitted by the probe (target hosts only, the
 * budget, the deadline), no redirect is followed, at most {@link HttpProbe#BODY_LIMIT} bytes of a body are read
 * (a body that goes on is cut there and counted as an error, as is every answer but a 2xx).
 * Each user is one thread (small stack) with a pool of one connection of its own, closed when the run ends, so N
 * users hold N connections, as N browsers would; HTTP/1.1 is forced for the same reason.
 *
 * <p><b>Warm-up.</b> Every user first sends one request, all at once, so that each opens its connection (and TLS
 * session) before the window starts; those requests count in {@link LoadResult#requests()} and its errors, not in
 * the latency or throughput.
 *
 * <p><b>Coordinated omission.</b> A generator that waits for an answer before it sends the next request sends
 * nothing while the stack stalls, so a stall is recorded once instead of once for every request that should have
 * gone out, and the percentiles look better than what users meet. Open model: request {@code i} is due at
 * {@code start + i / rate}; its latency is measured from that intended time, not from when a connection became
 * free, so the time spent queued behind slow answers is counted. Closed model: each user sends back to back, and
 * its expected interval between requests is the run's mean latency (by Little's law, users divided by
 * throughput); the histogram of raw latencies is corrected with HdrHistogram's
 * {@code copyCorrectedForCoordinatedOmission(mean)}, which is {@code recordValueWithExpectedInterval(value, mean)}
 * for every sample: an answer that took {@code k} intervals adds the {@code k - 1} samples the user would have
 * sent meanwhile, with the latencies they would have seen.
 *
 * <p><b>Bounds.</b> The run ends at the window's end plus the target's timeout plus {@link #MARGIN}, or at the
 * probe's deadline if that comes first; a request still unanswered then is cut off and counted as an error.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoadEngine {

  /** Time after the window, beyond the target's timeout, for the last answers to arrive. */
  public static final Duration MARGIN = Duration.ofSeconds(2);

  private static final long USER_STACK_BYTES = 512 * 1024;
  private static final long SAMPLE_MILLIS = 50;

  private final HttpProbe probe;

  /** @param probe the check's probe, whose hosts, budget and deadline every request of the run respects */
  public LoadEngine(HttpProbe probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /**
   * Runs the plan: warm-up, the measured window, then the last answers within the margin.
   *
   * @param plan what to send, how many connections, how long, at what rate
   * @return what was measured; never throws for errors or failed requests, which are counted
   * @throws ProbeException when the request is not a valid HTTP request
   */
  public LoadResult run(LoadPlan plan) {
    Request request = HttpProbe.toOkHttp(plan.request());
    OkHttpClient shared = probe.client().newBuilder().protocols(List.of(Protocol.HTTP_1_1)).build();
    Duration timeout = probe.target().timeout();
    LoadRecorder recorder = new LoadRecorder(plan);
    CountDownLatch warmUp = new CountDownLatch(1);
    CountDownLatch ready = new CountDownLatch(plan.connections());
    CountDownLatch go = new CountDownLatch(1);
    Window window = new Window();
    List<Thread> users = new ArrayList<>(plan.connections());
    List<ConnectionPool> pools = new ArrayList<>(plan.connections());
    try {
      for (int i = 0; i < plan.connections(); i++) {
        ConnectionPool own = new ConnectionPool(1, 1, TimeUnit.MINUTES);
        pools.add(own);
        OkHttpClient client = shared.newBuilder().connectionPool(own).build();
        Thread user = new Thread(null, () -> user(plan, client, request, recorder, window, warmUp, ready, go),
            "readiness-load-" + i, USER_STACK_BYTES);
        user.setDaemon(true);
        users.add(user);
        user.start();
      }
      warmUp.countDown();
      awaitQuietly(ready, timeout.multipliedBy(2).plus(MARGIN));
      long start = System.nanoTime();
      long end = start + plan.duration().toNanos();
      long limit = start + Math.min(probe.remaining().toNanos(), plan.duration().plus(timeout).plus(MARGIN).toNanos());
      window.open(start, end, limit);
      go.countDown();
      watch(users, pools, recorder, limit);
    } finally {
      window.close();
      users.forEach(Thread::interrupt);
      pools.forEach(ConnectionPool::evictAll);
    }
    return recorder.result();
  }

  private void user(LoadPlan plan, OkHttpClient client, Request request, LoadRecorder recorder, Window window,
      CountDownLatch warmUp, CountDownLatch ready, CountDownLatch go) {
    try {
      warmUp.await();
      recorder.userStarted();
      try {
        exchange(plan, client, request, recorder, probe.remaining().toNanos());
      } finally {
        ready.countDown();
      }
      go.await();
      if (plan.isOpen()) {
        openLoop(plan, client, request, recorder, window);
      } else {
        closedLoop(plan, client, request, recorder, window);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ProbeException e) {
      recorder.notSent("not sent: " + e.getMessage());
    }
  }

  private void closedLoop(LoadPlan plan, OkHttpClient client, Request request, LoadRecorder recorder,
      Window window) {
    for (long sent = System.nanoTime(); sent < window.end && window.isOpen(); sent = System.nanoTime()) {
      recorder.sentInWindow();
      exchange(plan, client, request, recorder, window.limit - sent);
      long answered = System.nanoTime();
      recorder.latency(answered - sent, answered <= window.end);
    }
  }

  private void openLoop(LoadPlan plan, OkHttpClient client, Request request, LoadRecorder recorder, Window window) {
    double interval = 1e9 / plan.rate().orElseThrow();
    for (long slot = recorder.nextSlot(); ; slot = recorder.nextSlot()) {
      long intended = window.start + (long) (slot * interval);
      if (intended >= window.end) {
        return;
      }
      long now = waitUntil(intended);
      if (now >= window.limit || !window.isOpen()) {
        return;
      }
      if (now < window.end) {
        recorder.sentInWindow();
      }
      exchange(plan, client, request, recorder, window.limit - now);
      long answered = System.nanoTime();
      recorder.latency(answered - intended, answered <= window.end);
    }
  }

  private void exchange(LoadPlan plan, OkHttpClient client, Request request, LoadRecorder recorder, long leftNanos) {
    probe.admit(plan.request());
    Call call = client.newCall(request);
    call.timeout().timeout(Math.max(1, leftNanos), TimeUnit.NANOSECONDS);
    recorder.sending();
    try (Response response = call.execute()) {
      recorder.answered(response.code(), drain(response.body()));
    } catch (IOException e) {
      recorder.failed(e.getClass().getSimpleName());
    }
  }

  /** @return true when the body ended within {@link HttpProbe#BODY_LIMIT} bytes; false when it went on */
  private static boolean drain(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    long read = 0;
    while (!source.exhausted()) {
      read += source.getBuffer().size();
      source.getBuffer().clear();
      if (read > HttpProbe.BODY_LIMIT) {
        return false;
      }
    }
    return true;
  }

  private static long waitUntil(long nanos) {
    for (long now = System.nanoTime(); now < nanos; now = System.nanoTime()) {
      LockSupport.parkNanos(nanos - now);
      if (Thread.currentThread().isInterrupted()) {
        return now;
      }
    }
    return System.nanoTime();
  }

  private static void watch(List<Thread> users, List<ConnectionPool> pools, LoadRecorder recorder, long limit) {
    for (long now = System.nanoTime(); now < limit && users.stream().anyMatch(Thread::isAlive);
        now = System.nanoTime()) {
      recorder.connections(pools.stream().mapToInt(ConnectionPool::connectionCount).sum());
      LockSupport.parkNanos(Math.min(limit - now, TimeUnit.MILLISECONDS.toNanos(SAMPLE_MILLIS)));
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch, Duration limit) {
    try {
      latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The measured window's bounds in {@link System#nanoTime()}, published to the users before they start. */
  private static final class Window {
    private volatile long start;
    private volatile long end;
    private volatile long limit;
    private volatile boolean open = true;

    void open(long start, long end, long limit) {
      this.start = start;
      this.end = end;
      this.limit = limit;
    }

    boolean isOpen() {
      return open && System.nanoTime() < limit;
    }

    void close() {
      open = false;
    }
  }
}
