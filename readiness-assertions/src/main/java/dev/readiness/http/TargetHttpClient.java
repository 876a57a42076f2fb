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
 * Each check gets its own bounded {@link HttpProbe} from {@link #probe}; every probe admits its requests through the
 * client's one {@link RequestGovernor}. Close it to release connections.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TargetHttpClient implements AutoCloseable {

  /**
   * Idle connections the client keeps per target: enough for a burst's connections to find theirs again between
   * requests instead of reconnecting (OkHttp's default keeps five).
   */
  public static final int IDLE_CONNECTIONS = 64;

  private final Target target;
  private final Clock clock;
  private final RequestGovernor governor;
  private volatile Connections connections;

  private TargetHttpClient(Target target, Clock clock, RequestGovernor governor) {
    this.target = target;
    this.clock = clock;
    this.governor = governor;
  }

  /**
   * Opens nothing yet: the JDK trust store, the target's anchors and the OkHttp client are set up when the first
   * probe of this client sends, so a run whose checks never speak HTTP (a TLS scan on its own sockets) does not pay
   * for them.
   *
   * @param target the stack under test
   * @return a client that trusts the JDK store plus the target's anchors
   */
  public static TargetHttpClient open(Target target) {
    return open(target, RequestGovernor.of(target, RequestGovernor.scanTimeout(target)));
  }

  /**
   * @param target the stack under test
   * @param governor the admission of every request of the session: pacing, wait budget, traffic
   * @return a client whose probes all go through {@code governor}
   */
  public static TargetHttpClient open(Target target, RequestGovernor governor) {
    return new TargetHttpClient(target, Clock.systemUTC(), java.util.Objects.requireNonNull(governor, "governor"));
  }

  /** @return the governor every probe of this client admits its requests through */
  public RequestGovernor governor() {
    return governor;
  }

  /**
   * @return the OkHttp client, set up on first use
   * @throws ProbeException when the trust for the target cannot be set up
   */
  OkHttpClient client() {
    return connections().client();
  }

  /**
   * @return the JDK trust store plus the target's anchors, set up on first use
   * @throws ProbeException when the trust for the target cannot be set up
   */
  TargetTrust trust() {
    return connections().trust();
  }

  private Connections connections() {
    Connections ready = connections;
    if (ready == null) {
      synchronized (this) {
        ready = connections;
        if (ready == null) {
          ready = Connections.of(target);
          connections = ready;
        }
      }
    }
    return ready;
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
    return new HttpProbe(this, target, limits, clock, redactor,
        java.util.Objects.requireNonNull(limitedResponses, "limitedResponses"));
  }

  @Override
  public void close() {
    Connections open = connections;
    if (open != null) {
      open.client().dispatcher().executorService().shutdown();
      open.client().connectionPool().evictAll();
    }
  }

  /** The trust and the client, made together on first use. */
  private record Connections(OkHttpClient client, TargetTrust trust) {

    static Connections of(Target target) {
      TargetTrust trust;
      try {
        trust = TargetTrust.of(target.trustAnchors());
      } catch (IllegalStateException e) {
        throw new ProbeException(e.getMessage() + " (target " + target.url() + ")", e);
      }
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
      return new Connections(client, trust);
    }
  }
}
