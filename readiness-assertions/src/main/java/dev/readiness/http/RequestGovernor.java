package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.target.Target;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * The one admission point of a scan's requests to its target, shared by every check and thread of a session.
 *
 * <p>It learns the stack's rate limiters from what they answer ({@link LimiterSignal}): a refusal's
 * {@code Retry-After}, a spent quota's reset, or a bare {@code 429} (and a {@code 503} without any header, as nginx
 * {@code limit_req} sends by default), after which it backs off with jitter and then sends at a learned rate that
 * halves at each refusal and grows a little with each answer that passes (AIMD). A limiter applies to a
 * <em>scope</em>: the whole site, or a path that has a limiter of its own (the login, {@link #separateScope}); a
 * request to such a path is paced by both. Paced requests ({@link #pace}) wait until their scopes let them
 * through, so a check never meets a limiter it does not test; the rate-limit checks send unpaced and are only
 * observed ({@link #observe}), so the limiter's answers reach them and the governor learns from them.
 *
 * <p>Bounds it holds for the whole scan: a politeness cap ({@code target.maxRequestsPerSecond}) on paced requests;
 * a wait budget ({@code target.maxWait}) for refusals waited out, beyond which a request is not sent and a
 * {@link WaitBudgetSpentException} names the limiter, the key and the time waited; the scan deadline
 * ({@code target.scanTimeout}); and, after {@value #UNRESPONSIVE_AFTER} exchanges in a row with one origin that got
 * no answer in time, no more requests to it ("target unresponsive since ..."). It counts the traffic
 * ({@link #traffic}). Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RequestGovernor {

  /** Exchanges in a row with no answer in time after which an origin is not probed any more. */
  public static final int UNRESPONSIVE_AFTER = 3;

  /** How often one request is sent again after a limiter's refusal before the probe gives up. */
  public static final int MAX_RESENDS = 8;

  /** Bare 503s in a row in one scope that are waited out before a 503 counts as the backend's own answer. */
  public static final int BARE_UNAVAILABLE_RETRIES = 3;

  /** The scan deadline's base when {@code target.scanTimeout} is not set; the wait budget is added to it. */
  public static final Duration DEFAULT_SCAN_TIMEOUT = Duration.ofMinutes(10);

  /** The name of the scope of every path without a limiter of its own. */
  public static final String SITE = "site";

  static final Duration WAIT_PADDING = Duration.ofMillis(250);
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(16);
  static final Duration FIRST_INTERVAL = Duration.ofMillis(100);
  static final Duration MAX_INTERVAL = Duration.ofSeconds(5);

  /** The learned rate grows by this many requests per second with each answer that passes. */
  private static final double RATE_STEP = 0.05;

  private final Clock clock;
  private final Duration maxWait;
  private final Instant scanDeadline;
  private final Duration scanTimeout;
  private final long capIntervalNanos;
  private final Map<String, Scope> scopes = new LinkedHashMap<>();
  private final List<String> separatePaths = new ArrayList<>();
  private final Map<String, Silence> silences = new LinkedHashMap<>();
  private final WaitedTime budgetWaited = new WaitedTime();
  private final WaitedTime totalWaited = new WaitedTime();
  private Instant capNext = Instant.EPOCH;
  private long requests;
  private int logins;
  private int wrongPasswords;

  RequestGovernor(Target target, Duration scanTimeout, Clock clock) {
    this.clock = clock;
    this.maxWait = target.maxWait();
    this.scanTimeout = scanTimeout;
    this.scanDeadline = clock.instant().plus(scanTimeout);
    this.capIntervalNanos = target.maxRequestsPerSecond().isPresent()
        ? (long) (1e9 / target.maxRequestsPerSecond().getAsDouble()) : 0;
    scopes.put(SITE, new Scope(SITE));
  }

  /**
   * @param target the target, whose {@code maxWait} and {@code maxRequestsPerSecond} apply
   * @param scanTimeout the scan deadline, which starts now
   * @return a governor that has learned nothing yet
   */
  public static RequestGovernor of(Target target, Duration scanTimeout) {
    return new RequestGovernor(target, scanTimeout, Clock.systemUTC());
  }

  /**
   * @param target the target
   * @return the scan deadline the target configures, or {@link #DEFAULT_SCAN_TIMEOUT} plus its wait budget
   */
  public static Duration scanTimeout(Target target) {
    return target.scanTimeout().orElse(DEFAULT_SCAN_TIMEOUT.plus(target.maxWait()));
  }

  /**
   * Gives a path a limiter scope of its own, such as the login: what its limiter answers paces only that path
   * (every request to it is paced by the site's limiter too).
   *
   * @param path a path on the target such as {@code /api/login}
   */
  public synchronized void separateScope(String path) {
    if (!separatePaths.contains(path)) {
      separatePaths.add(path);
      scopes.putIfAbsent(path, new Scope(path));
    }
  }

  /**
   * Holds a request back until every limiter of its scopes lets it through, within the wait budget and the scan
   * deadline.
   *
   * @param request the request about to be sent
   * @return how long it was held back
   * @throws WaitBudgetSpentException when the wait would pass {@code target.maxWait} or the scan deadline
   */
  Duration pace(ProbeRequest request) {
    return holdUntil(request, Hold.PACED);
  }

  /**
   * Holds a request back as {@link #pace} does, except for a spent quota of its path's own limiter: the request
   * goes out and meets that limiter's refusal, which is then waited out. What a check that must finish its
   * attempts sends when the limiter's refusal is evidence another check judges ({@code auth.default-credentials}'s
   * pairs behind a login limiter that {@code ratelimit.login} tests); the site's limiter is still paced.
   *
   * @param request the request about to be sent
   * @return how long it was held back
   * @throws WaitBudgetSpentException as {@link #pace} does
   */
  Duration paceToRefusal(ProbeRequest request) {
    return holdUntil(request, Hold.TO_REFUSAL);
  }

  /**
   * Holds a request back until its scopes' windows are refilled: a refusal waited out, and a quota that was
   * partly spent reset, as a limit probe's positive control needs.
   *
   * @param request the control about to be sent
   * @return how long it was held back
   * @throws WaitBudgetSpentException as {@link #pace} does
   */
  Duration awaitRefill(ProbeRequest request) {
    return holdUntil(request, Hold.REFILLED);
  }

  /** What a held request waits for. */
  private enum Hold {
    /** Every refusal waited out and every spent quota reset. */
    PACED,
    /** As {@link #PACED}, and every partly spent quota reset too. */
    REFILLED,
    /** As {@link #PACED}, but a spent quota of a path's own scope does not hold it. */
    TO_REFUSAL
  }

  private Duration holdUntil(ProbeRequest request, Hold hold) {
    Duration held = Duration.ZERO;
    while (true) {
      Instant now = clock.instant();
      Instant until;
      Scope blocking;
      boolean refusal;
      synchronized (this) {
        List<Scope> mine = scopesOf(request.url());
        until = now;
        blocking = null;
        refusal = false;
        for (Scope scope : mine) {
          Instant blocked = switch (hold) {
            case REFILLED -> scope.refilledAt();
            case TO_REFUSAL -> scope.name.equals(SITE) ? scope.blockedUntil() : scope.refusedUntil;
            case PACED -> scope.blockedUntil();
          };
          if (blocked.isAfter(until)) {
            until = blocked;
            blocking = scope;
            refusal = true;
          }
          if (scope.nextSlot.isAfter(until)) {
            until = scope.nextSlot;
            blocking = scope;
            refusal = false;
          }
        }
        if (capNext.isAfter(until)) {
          until = capNext;
          blocking = null;
          refusal = false;
        }
        if (!until.isAfter(now)) {
          for (Scope scope : mine) {
            if (scope.intervalNanos > 0) {
              scope.nextSlot = later(now, scope.nextSlot).plusNanos(scope.intervalNanos);
            }
          }
          if (capIntervalNanos > 0) {
            capNext = later(now, capNext).plusNanos(capIntervalNanos);
          }
          return held;
        }
        if (refusal) {
          Duration wait = Duration.between(now, until);
          Duration spent = budgetWaited.total();
          if (spent.plus(budgetWaited.uncounted(now, until)).compareTo(maxWait) > 0) {
            throw new WaitBudgetSpentException("not sending " + request.method() + " " + request.url().getPath()
                + ": " + describe(blocking) + " asks to wait " + Traffic.seconds(wait) + ", and the scan already "
                + "waited " + Traffic.seconds(spent) + " of its wait budget target.maxWait of "
                + Traffic.seconds(maxWait) + " for rate limiters; raise target.maxWait (or the limit for the test "
                + "client's address)");
          }
        }
        if (until.isAfter(scanDeadline)) {
          throw new WaitBudgetSpentException("not sending " + request.method() + " " + request.url().getPath()
              + ": " + (blocking == null ? "the politeness cap target.maxRequestsPerSecond" : describe(blocking))
              + " holds it past the scan deadline target.scanTimeout of " + scanTimeout.toSeconds() + " s; raise "
              + "target.scanTimeout");
        }
        if (refusal) {
          budgetWaited.add(now, until);
        }
        Duration counted = totalWaited.add(now, until);
        if (blocking != null) {
          blocking.waited = blocking.waited.plus(counted);
        }
      }
      Duration wait = Duration.between(now, until);
      sleep(wait, request);
      held = held.plus(wait);
    }
  }

  private static String describe(Scope scope) {
    String where = scope.name.equals(SITE) ? "the site's rate limiter" : "the rate limiter of " + scope.name;
    return where + " (last " + scope.lastSignal + ")";
  }

  /**
   * Counts a request about to be sent, paced or not.
   *
   * @param request the request
   * @throws ProbeException when the scan deadline has passed, or its origin stopped answering
   */
  synchronized void admitted(ProbeRequest request) {
    Instant now = clock.instant();
    if (now.isAfter(scanDeadline)) {
      throw new WaitBudgetSpentException("not sending " + request.method() + " " + request.url().getPath()
          + ": the scan deadline target.scanTimeout of " + scanTimeout.toSeconds() + " s has passed; raise "
          + "target.scanTimeout");
    }
    Silence silence = silences.get(origin(request.url()));
    if (silence != null && silence.inRow >= UNRESPONSIVE_AFTER) {
      throw new ProbeException("target unresponsive since " + silence.since + ": the last " + silence.inRow
          + " exchanges with " + origin(request.url()) + " got no answer in time (last: " + silence.last
          + "); not sending " + request.method() + " " + request.url().getPath());
    }
    requests++;
  }

  /**
   * Learns from an answer: a refusal or a quota header sets when its scope may be sent to again; an answer that
   * passes grows the learned rate.
   *
   * @param exchange an answer, from a paced or an unpaced request
   */
  synchronized void observe(HttpExchange exchange) {
    silences.remove(origin(exchange.url()));
    Instant now = clock.instant();
    Scope scope = mostSpecific(exchange.url());
    LimiterSignal signal = LimiterSignal.of(exchange, now).orElse(null);
    if (signal == null || !signal.refused()) {
      scope.passed(signal, now);
      return;
    }
    if (signal.kind() == LimiterSignal.Kind.UNAVAILABLE_BARE && scope.unavailableIsBackend) {
      return;
    }
    scope.refused(signal, now);
  }

  /**
   * @param exchange an answer that {@link #observe} has seen
   * @return true when it is a limiter's refusal to wait out and send again after: a 429, a 503 with a limiter
   *     header, or a bare 503 while fewer than {@value #BARE_UNAVAILABLE_RETRIES} came in a row in its scope
   */
  synchronized boolean resend(HttpExchange exchange) {
    LimiterSignal signal = LimiterSignal.of(exchange, clock.instant()).orElse(null);
    if (signal == null || !signal.refused()) {
      return false;
    }
    if (signal.kind() != LimiterSignal.Kind.UNAVAILABLE_BARE) {
      return true;
    }
    Scope scope = mostSpecific(exchange.url());
    if (scope.unavailableInRow > BARE_UNAVAILABLE_RETRIES) {
      scope.unavailableIsBackend = true;
      return false;
    }
    return !scope.unavailableIsBackend;
  }

  /**
   * Counts an exchange that got no answer.
   *
   * @param url where it went
   * @param description what happened, for the "unresponsive" message
   * @param timedOut true when the answer did not come in time (a refused connection or a reset is an answer)
   */
  synchronized void noAnswer(URI url, String description, boolean timedOut) {
    if (!timedOut) {
      return;
    }
    Silence silence = silences.computeIfAbsent(origin(url), o -> new Silence(clock.instant()));
    silence.inRow++;
    silence.last = description;
  }

  /**
   * Counts a login attempt, for the report.
   *
   * @param realCredentials true for the profile's own credentials, false for a default pair or a wrong password
   */
  public synchronized void countLogin(boolean realCredentials) {
    if (realCredentials) {
      logins++;
    } else {
      wrongPasswords++;
    }
  }

  /** @return what the scan has sent and waited so far */
  public synchronized Traffic traffic() {
    List<Traffic.Limiter> met = new ArrayList<>();
    for (Scope scope : scopes.values()) {
      if (scope.lastSignal != null) {
        met.add(new Traffic.Limiter(scope.name, scope.refusals, scope.waited, scope.lastSignal));
      }
    }
    return new Traffic(requests, totalWaited.total(), logins, wrongPasswords, met);
  }

  private List<Scope> scopesOf(URI url) {
    Scope specific = mostSpecific(url);
    return specific.name.equals(SITE) ? List.of(specific) : List.of(scopes.get(SITE), specific);
  }

  private Scope mostSpecific(URI url) {
    String path = url.getPath() == null ? "/" : url.getPath();
    for (String separate : separatePaths) {
      if (path.equals(separate)) {
        return scopes.get(separate);
      }
    }
    return scopes.get(SITE);
  }

  private static String origin(URI url) {
    return url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static void sleep(Duration wait, ProbeRequest request) {
    try {
      Thread.sleep(Math.max(1, wait.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while waiting for a rate limiter before " + request.method() + " "
          + request.url().getPath(), e);
    }
  }

  /** One limiter's state, guarded by the governor. */
  private static final class Scope {
    final String name;
    Instant refusedUntil = Instant.EPOCH;
    Instant spentUntil = Instant.EPOCH;
    Instant resetAt = Instant.EPOCH;
    Instant nextSlot = Instant.EPOCH;
    long intervalNanos;
    long backoffNanos;
    int refusals;
    int unavailableInRow;
    boolean unavailableIsBackend;
    boolean partlySpent;
    Duration waited = Duration.ZERO;
    String lastSignal;

    Scope(String name) {
      this.name = name;
    }

    Instant blockedUntil() {
      return later(refusedUntil, spentUntil);
    }

    Instant refilledAt() {
      return partlySpent ? later(resetAt, blockedUntil()) : blockedUntil();
    }

    void passed(LimiterSignal quota, Instant now) {
      unavailableInRow = 0;
      backoffNanos = 0;
      if (intervalNanos > 0) {
        double rate = 1e9 / intervalNanos + RATE_STEP;
        intervalNanos = rate > 1000 ? 0 : (long) (1e9 / rate);
      }
      if (quota == null) {
        return;
      }
      lastSignal = quota.evidence();
      partlySpent = quota.limit().isPresent() && quota.remaining().getAsLong() < quota.limit().getAsLong();
      quota.delay().ifPresent(wait -> {
        Instant refill = now.plus(wait).plus(WAIT_PADDING);
        resetAt = refill;
        if (quota.remaining().getAsLong() == 0) {
          spentUntil = later(spentUntil, refill);
        }
      });
    }

    void refused(LimiterSignal signal, Instant now) {
      refusals++;
      lastSignal = signal.evidence();
      if (signal.kind() == LimiterSignal.Kind.UNAVAILABLE_BARE) {
        unavailableInRow++;
      }
      if (signal.delay().isPresent()) {
        Instant refill = now.plus(signal.delay().get()).plus(WAIT_PADDING);
        refusedUntil = later(refusedUntil, refill);
        resetAt = later(resetAt, refill);
        return;
      }
      if (now.isBefore(refusedUntil)) {
        return;
      }
      backoffNanos = backoffNanos == 0 ? FIRST_BACKOFF.toNanos()
          : Math.min(backoffNanos * 2, MAX_BACKOFF.toNanos());
      double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
      refusedUntil = now.plusNanos((long) (backoffNanos * jitter));
      intervalNanos = intervalNanos == 0 ? FIRST_INTERVAL.toNanos()
          : Math.min(intervalNanos * 2, MAX_INTERVAL.toNanos());
    }
  }

  /** Exchanges in a row with one origin that got no answer in time. */
  private static final class Silence {
    final Instant since;
    int inRow;
    String last;

    Silence(Instant since) {
      this.since = since;
    }
  }

  /** The union of wait intervals, so that threads waiting for the same refusal count its time once. */
  private static final class WaitedTime {
    private Duration total = Duration.ZERO;
    private Instant countedUntil = Instant.EPOCH;

    Duration uncounted(Instant from, Instant to) {
      Instant start = later(from, countedUntil);
      return to.isAfter(start) ? Duration.between(start, to) : Duration.ZERO;
    }

    Duration add(Instant from, Instant to) {
      Duration added = uncounted(from, to);
      total = total.plus(added);
      countedUntil = later(countedUntil, to);
      return added;
    }

    Duration total() {
      return total;
    }
  }
}
