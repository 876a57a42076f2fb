import dev.readiness.http.HttpProbe;
import dev.readiness.http.LoadEngine;
import dev.readiness.http.LoadPlan;
import dev.readiness.http.LoadResult;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.Redactor;
import dev.readiness.http.TargetHttpClient;
import dev.readiness.ratelimit.BurstEngine;
import dev.readiness.ratelimit.BurstResult;
import dev.readiness.target.Target;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/load/run.sh's program. Rounds that interleave, against one URL, wrk -t2 -c16, our burst engine (ratelimit.api's,
 * BurstEngine.CONNECTIONS = 16 connections, bursts of the check's 5000-request budget back to back) and our load
 * engine (closed model, 16 connections), so a busy machine slows all three alike; then wrk -t2 -c1000 and our load
 * engine with 1000 connections, with the peak used heap sampled from the MemoryMXBean every 10 ms.
 * Usage: java -Xmx256m -cp readiness.jar bench/load/LoadBench.java URL SECONDS ROUNDS
 */
public class LoadBench {

  private static final int BURST_BUDGET = 5000;
  private static final Pattern WRK = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Duration window = Duration.ofSeconds(Integer.parseInt(args[1]));
    int rounds = Integer.parseInt(args[2]);
    ProbeRequest request = ProbeRequest.get(URI.create(url));
    List<Double> burstRatios = new ArrayList<>();
    List<Double> loadRatios = new ArrayList<>();
    try (TargetHttpClient client = TargetHttpClient.open(Target.of(url))) {
      burst(client, request, Duration.ofSeconds(2));
      load(client, request, 16, Duration.ofSeconds(2));
      for (int round = 1; round <= rounds; round++) {
        double wrk = wrk(url, 16, window);
        long cpuBefore = processCpuNanos();
        Bursts bursts = burst(client, request, window);
        long cpuPerRequest = (processCpuNanos() - cpuBefore) / 1000 / Math.max(1, bursts.requests());
        double burst = bursts.rate();
        LoadResult load = load(client, request, 16, window);
        System.out.printf("round %d: wrk -c16 %.0f/s, burst engine %.0f/s (%.2fx, %d µs of JVM CPU per request), "
            + "load engine %.0f/s (%.2fx)%n", round, wrk, burst, burst / wrk, cpuPerRequest, load.throughput(),
            load.throughput() / wrk);
        burstRatios.add(burst / wrk);
        loadRatios.add(load.throughput() / wrk);
      }
      System.out.printf("median burst engine / wrk (16 connections): %.2f%n", median(burstRatios));
      System.out.printf("median load engine / wrk (16 connections): %.2f%n", median(loadRatios));

      double wrk1000 = wrk(url, 1000, window);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      AtomicLong peakHeap = new AtomicLong();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      System.gc();
      sampler.start();
      LoadResult load = load(client, request, 1000, window);
      sampler.interrupt();
      System.out.printf("wrk -c1000 %.0f/s, load engine 1000 connections %.0f/s (%.2fx): p50 %d ms, p95 %d ms, "
          + "p99 %d ms, errors %d of %d, %d connections open at peak%n", wrk1000, load.throughput(),
          load.throughput() / wrk1000, load.latency().p50().toMillis(), load.latency().p95().toMillis(),
          load.latency().p99().toMillis(), load.errors(), load.requests(), load.peakConnections());
      System.out.printf("peak used heap with 1000 connections open (max heap %d MB): %d MB%n",
          Runtime.getRuntime().maxMemory() >> 20, peakHeap.get() >> 20);
    }
  }

  /** What back-to-back bursts sent: how many requests, at what rate over all of them. */
  private record Bursts(long requests, double rate) {}

  /** @return the JVM's CPU time so far, every thread */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Bursts of the check's budget, back to back, for the window. */
  private static Bursts burst(TargetHttpClient client, ProbeRequest request, Duration window) {
    long requests = 0;
    long nanos = 0;
    while (nanos < window.toNanos()) {
      HttpProbe probe = client.probe(new ProbeLimits(BURST_BUDGET, Duration.ofMinutes(1)), Redactor.create());
      BurstResult burst = new BurstEngine(probe).burst(request, BURST_BUDGET);
      requests += burst.exchanges().size();
      nanos += burst.elapsed().toNanos();
    }
    return new Bursts(requests, requests * 1e9 / nanos);
  }

  private static LoadResult load(TargetHttpClient client, ProbeRequest request, int connections, Duration window) {
    HttpProbe probe = client.probe(new ProbeLimits(Integer.MAX_VALUE, Duration.ofMinutes(5)), Redactor.create());
    return new LoadEngine(probe).run(new LoadPlan(request, connections, window, OptionalInt.empty()));
  }

  private static double wrk(String url, int connections, Duration window) throws IOException, InterruptedException {
    Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + window.toSeconds() + "s", url)
        .redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Matcher rate = WRK.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("wrk printed no Requests/sec:\n" + out);
    }
    return Double.parseDouble(rate.group(1));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
