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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process half of bench/load/run.sh: our burst engine (ratelimit.api's, BurstEngine.CONNECTIONS connections)
 * and our load engine (closed model) against one URL, printing requests/s; and the peak used heap, sampled from the
 * MemoryMXBean every 10 ms while the load engine keeps the most connections busy.
 * Usage: java -Xmx256m -cp readiness.jar bench/load/LoadBench.java URL BURST_REQUESTS LOAD_SECONDS CONNECTIONS...
 */
public class LoadBench {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int burstRequests = Integer.parseInt(args[1]);
    Duration window = Duration.ofSeconds(Integer.parseInt(args[2]));
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
    sampler.setDaemon(true);
    try (TargetHttpClient client = TargetHttpClient.open(Target.of(url))) {
      ProbeRequest request = ProbeRequest.get(java.net.URI.create(url));
      for (int round = 0; round < 2; round++) {
        HttpProbe probe = client.probe(new ProbeLimits(burstRequests + 1, Duration.ofMinutes(5)), Redactor.create());
        BurstResult burst = new BurstEngine(probe).burst(request, burstRequests);
        System.out.printf("%s burst engine (%d connections): %d requests in %d ms: %d requests/s%n",
            round == 0 ? "warm-up" : "measured", BurstEngine.CONNECTIONS, burst.exchanges().size(),
            burst.elapsed().toMillis(), burst.requestsPerSecond());
      }
      for (int i = 3; i < args.length; i++) {
        int connections = Integer.parseInt(args[i]);
        peakHeap.set(0);
        if (i == args.length - 1) {
          System.gc();
          sampler.start();
        }
        HttpProbe probe = client.probe(new ProbeLimits(Integer.MAX_VALUE, Duration.ofMinutes(5)), Redactor.create());
        LoadResult load = new LoadEngine(probe).run(new LoadPlan(request, connections, window, OptionalInt.empty()));
        System.out.printf("load engine (%d connections, closed model, %d s): %.0f requests/s, p50 %d µs, p95 %d µs, "
            + "p99 %d µs, errors %d of %d, %d connections open at peak%n", connections, window.toSeconds(),
            load.throughput(), load.latency().p50().toNanos() / 1000, load.latency().p95().toNanos() / 1000,
            load.latency().p99().toNanos() / 1000, load.errors(), load.requests(), load.peakConnections());
      }
      sampler.interrupt();
      System.out.printf("peak used heap during the last load run (max heap %d MB): %d MB%n",
          Runtime.getRuntime().maxMemory() >> 20, peakHeap.get() >> 20);
    }
  }
}
