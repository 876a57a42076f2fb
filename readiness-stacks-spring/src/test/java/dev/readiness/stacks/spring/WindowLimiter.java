package dev.readiness.stacks.spring;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per client address in a sliding window; {@link #retryAfter} says how long a full window waits. */
final class WindowLimiter {

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

  WindowLimiter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** @return 0 when {@code client} may go on, else the whole seconds until its oldest event leaves the window */
  long retryAfter(String client) {
    Deque<Long> recent = events.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (recent) {
      long now = System.nanoTime();
      while (!recent.isEmpty() && now - recent.peekFirst() >= window.toNanos()) {
        recent.pollFirst();
      }
      if (recent.size() < limit) {
        return 0;
      }
      return Math.max(1, Duration.ofNanos(window.toNanos() - (now - recent.peekFirst())).toSeconds() + 1);
    }
  }

  /** Counts one event of {@code client}. */
  void record(String client) {
    Deque<Long> recent = events.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(System.nanoTime());
    }
  }
}
