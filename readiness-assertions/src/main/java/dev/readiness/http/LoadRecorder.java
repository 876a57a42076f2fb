package dev.readiness.http;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The counters and latency histogram one load run's users write to at once: wait-free where it matters
 * (HdrHistogram's {@link Recorder}, {@link LongAdder}). Error kinds are bounded to {@link #MAX_ERROR_KINDS}. Only a
 * 2xx answer whose body ended counts as a success: a redirect, any other status, a body that did not end within the
 * read bound, and a request without an answer are errors.
 */
final class LoadRecorder {

  static final int MAX_ERROR_KINDS = 20;
  static final String UNENDED_BODY = "body not ended within " + (HttpProbe.BODY_LIMIT >> 20) + " MiB";
  private static final String OTHER = "other";

  private final LoadPlan plan;
  private final Recorder latencies = new Recorder(3);
  private final LongAdder requests = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
  private final LongAdder sentInWindow = new LongAdder();
  private final LongAdder answeredInWindow = new LongAdder();
  private final LongAdder usersStarted = new LongAdder();
  private final AtomicLong slots = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakConnections = new AtomicInteger();
  private volatile boolean saturated;

  LoadRecorder(LoadPlan plan) {
    this.plan = plan;
  }

  long nextSlot() {
    return slots.getAndIncrement();
  }

  void userStarted() {
    usersStarted.increment();
  }

  void sentInWindow() {
    sentInWindow.increment();
  }

  void sending() {
    requests.increment();
    if (inFlight.incrementAndGet() >= plan.connections()) {
      saturated = true;
    }
  }

  /**
   * @param status the answer's status
   * @param bodyEnded false when the body went on past the read bound
   */
  void answered(int status, boolean bodyEnded) {
    inFlight.decrementAndGet();
    if (status < 200 || status >= 300) {
      countError(Integer.toString(status));
    } else if (!bodyEnded) {
      countError(UNENDED_BODY);
    }
  }

  void failed(String kind) {
    inFlight.decrementAndGet();
    countError(kind);
  }

  void notSent(String reason) {
    countError(reason);
  }

  void latency(long nanos, boolean inWindow) {
    latencies.recordValue(Math.max(0, nanos / 1000));
    if (inWindow) {
      answeredInWindow.increment();
    }
  }

  void connections(int open) {
    peakConnections.accumulateAndGet(open, Math::max);
  }

  LoadResult result() {
    Histogram raw = latencies.getIntervalHistogram();
    Histogram corrected = plan.isOpen() || raw.getTotalCount() == 0
        ? raw : raw.copyCorrectedForCoordinatedOmission(Math.max(1, Math.round(raw.getMean())));
    LoadResult.Latency latency = new LoadResult.Latency(raw.getTotalCount(), at(corrected, 50), at(corrected, 95),
        at(corrected, 99), micros(corrected.getMaxValue()), at(raw, 95));
    Map<String, Long> kinds = new TreeMap<>();
    errorKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
    long sent = sentInWindow.sum();
    long missed = plan.isOpen() ? Math.max(0, plan.intendedRequests() - raw.getTotalCount()) : 0;
    return new LoadResult(plan, requests.sum(), errors.sum(), kinds, latency, sent, answeredInWindow.sum(), missed,
        usersStarted.intValue(), peakConnections.get(), saturated);
  }

  private void countError(String kind) {
    errors.increment();
    String key = errorKinds.size() < MAX_ERROR_KINDS || errorKinds.containsKey(kind) ? kind : OTHER;
    errorKinds.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static Duration at(Histogram histogram, double percentile) {
    return micros(histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile));
  }

  private static Duration micros(long micros) {
    return Duration.ofNanos(micros * 1000);
  }
}
