package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.target.Target;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.apiguardian.api.API;

/**
 * The one HTTP client all checks share for a target: the JDK trust store plus the target's anchors, the target's
 * timeout, and redirects never followed (a probe follows a redirect itself, and only on the target's hosts).
 * Each check gets its own bounded {@link HttpProbe} from {@link #probe}. Close it to release connections.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TargetHttpClient implements AutoCloseable {

  /**
   * Idle connections the client keeps per target: enough for a burst's connections to find theirs again between
   * requests instead of reconnecting (OkHttp's default keeps five).
   */
  public static final int IDLE_CONNECTIONS = 64;

  private final Target target;
  private final OkHttpClient client;
  private final TargetTrust trust;
  private final Clock clock;

  private TargetHttpClient(Target target, OkHttpClient client, TargetTrust trust, Clock clock) {
    this.target = target;
    this.trust = trust;
    this.client = client;
    this.clock = clock;
  }

  /**
   * @param target the stack under test
   * @return a client that trusts the JDK store plus the target's anchors
   */
  public static TargetHttpClient open(Target target) {
    TargetTrust trust = TargetTrust.of(target.trustAnchors());
    long timeout = target.timeout().toMillis();
    OkHttpClient client = new OkHttpClient.Builder()
        .sslSocketFactory(trust.sslContext().getSocketFactory(), trust.trustManager())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(true)
        .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .connectTimeout(timeout, TimeUnit.MILLISECONDS)
        .readTimeout(timeout, TimeUnit.MILLISECONDS)
        .writeTimeout(timeout, TimeUnit.MILLISECONDS)
        .build();
    return new TargetHttpClient(target, client, trust, Clock.systemUTC());
  }

  /** @return the target this client sends to */
  public Target target() {
    return target;
  }

  /**
   * @param limits the check's request budget and deadline, which start now
   * @param redactor masks secrets in what the probe reports
   * @return a probe bounded by the limits that waits out rate limiters ({@link LimitedResponses#WAIT_OUT})
   */
  public HttpProbe probe(ProbeLimits limits, Redactor redactor) {
    return probe(limits, redactor, LimitedResponses.WAIT_OUT);
  }

  /**
   * @param limits the check's request budget and deadline, which start now
   * @param redactor masks secrets in what the probe reports
   * @param limitedResponses what the probe does with a rate limiter's refusal
   * @return a probe bounded by the limits
   */
  public HttpProbe probe(ProbeLimits limits, Redactor redactor, LimitedResponses limitedResponses) {
    return new HttpProbe(client, trust, target, limits, clock, redactor,
        java.util.Objects.requireNonNull(limitedResponses, "limitedResponses"));
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
