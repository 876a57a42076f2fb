package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;


import dev.readiness.http.FailureText;
import dev.readiness.http.ProbeException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * Enumerates the protocol versions and cipher suites a server accepts by sending ClientHellos written in code and
 * reading only the ServerHello or alert; no handshake is completed. Per version, the registry's suites are split
 * into groups of at most {@value #GROUP_SIZE} (some servers reject longer lists); each group is offered, the chosen
 * suite removed and the rest, split in two halves, offered again in parallel until the server refuses each part.
 * Accepted suites are listed by code. SSLv2 takes one CLIENT-HELLO of its own format ({@link Sslv2Handshake}), whose
 * SERVER-HELLO lists every shared cipher kind. Groups run in parallel on at most {@code parallelism} connections,
 * newest version first, and the halves of an accepted group go before the attempts still waiting (they continue the
 * longest chains); every socket has the per-attempt time-out and the whole scan a deadline. A connect that fails
 * before any has succeeded ends the scan at once: the server is unreachable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsScanner {

  /** The most suites one ClientHello offers. */
  public static final int GROUP_SIZE = 128;

  private static final Comparator<CipherSuite> BY_CODE = Comparator.comparingInt(CipherSuite::code);

  private final String host;
  private final int port;
  private final String serverName;
  private final Duration timeout;
  private final int parallelism;
  private final Duration deadline;

  /**
   * A scanner whose whole scan has a deadline of {@link dev.readiness.http.ProbeLimits#DEFAULT}'s.
   *
   * @param host the host to connect to
   * @param port the TLS port
   * @param timeout the deadline of one attempt (connect, write, read)
   * @param parallelism how many connections may be open at once
   */
  public TlsScanner(String host, int port, Duration timeout, int parallelism) {
    this(host, port, timeout, parallelism, dev.readiness.http.ProbeLimits.DEFAULT.deadline());
  }

  /**
   * @param host the host to connect to
   * @param port the TLS port
   * @param timeout the deadline of one attempt (connect, write, read)
   * @param parallelism how many connections may be open at once
   * @param deadline the deadline of the whole scan, after which it ends in a {@link ProbeException}
   */
  public TlsScanner(String host, int port, Duration timeout, int parallelism, Duration deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.serverName = isIpLiteral(host) ? null : host;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.parallelism = Math.max(1, parallelism);
  }

  /**
   * Runs the scan.
   *
   * @return accepted versions and suites, with any problems
   * @throws ProbeException when the server cannot be reached at all, or the scan's deadline passes
   */
  public TlsScan scan() {
    long started = System.nanoTime();
    Work work = new Work(new InetSocketAddress(host, port));
    try {
      TlsVersion[] versions = TlsVersion.values();
      for (int v = versions.length - 1; v > 0; v--) {
        List<CipherSuite> offered = CipherSuites.offeredWith(versions[v]);
        for (int from = 0; from < offered.size(); from += GROUP_SIZE) {
          List<CipherSuite> group = offered.subList(from, Math.min(offered.size(), from + GROUP_SIZE));
          work.submit(new Attempt(work, versions[v], group));
        }
      }
      work.submit(new Attempt(work, TlsVersion.SSL_2_0, List.of()));
      work.await(started + deadline.toNanos());
      work.refuseUnreachable();
      return new TlsScan(host + ":" + port, work.acceptedInRegistryOrder(), new ArrayList<>(work.problems),
          work.handshakes.get(), Duration.ofNanos(System.nanoTime() - started));
    } finally {
      work.pool.shutdownNow();
    }
  }

  /** One ClientHello of the scan, run on the pool; an SSLv2 attempt sends the SSLv2 CLIENT-HELLO instead. */
  private final class Attempt implements Runnable {
    private final Work work;
    private final TlsVersion version;
    private final List<CipherSuite> group;

    Attempt(Work work, TlsVersion version, List<CipherSuite> group) {
      this.work = work;
      this.version = version;
      this.group = group;
    }

    @Override
    public void run() {
      try {
        if (!Thread.currentThread().isInterrupted()) {
          if (version == TlsVersion.SSL_2_0) {
            work.accepted(version, sslv2(work));
          } else {
            enumerate(version, group, work);
          }
        }
      } catch (RuntimeException e) {
        work.done.completeExceptionally(e);
      } finally {
        work.finish();
      }
    }
  }

  /**
   * Offers the group; when the server chooses a suite, the rest is split in two halves offered in parallel, so the
   * longest chain of hellos grows with the logarithm of the accepted suites rather than with their number.
   */
  private void enumerate(TlsVersion version, List<CipherSuite> group, Work work) {
    work.handshakes.incrementAndGet();
    ServerReply reply;
    try {
      reply = attempt(work, ClientHello.of(version, codes(group), serverName));
    } catch (NotConnected e) {
      work.notConnected(version.label(), e);
      return;
    } catch (TlsParseException e) {
      work.problems.add(version.label() + " hello: malformed answer: " + e.getMessage());
      return;
    } catch (SocketTimeoutException e) {
      work.problems.add(version.label() + " hello: no answer within " + timeout);
      return;
    } catch (IOException e) {
      work.problems.add(version.label() + " hello: " + FailureText.of(e));
      return;
    }
    if (!(reply instanceof ServerReply.Hello hello) || hello.version() != version) {
      return;
    }
    int chosenAt = indexOf(group, hello.suiteCode());
    if (chosenAt < 0) {
      work.problems.add(String.format("%s hello: the server chose suite 0x%04X, which was not offered",
          version.label(), hello.suiteCode()));
      return;
    }
    work.accepted(version, List.of(group.get(chosenAt)));
    List<CipherSuite> rest = new ArrayList<>(group.size() - 1);
    rest.addAll(group.subList(0, chosenAt));
    rest.addAll(group.subList(chosenAt + 1, group.size()));
    int half = (rest.size() + 1) / 2;
    if (half > 0) {
      work.submit(new Attempt(work, version, rest.subList(0, half)));
    }
    if (half < rest.size()) {
      work.submit(new Attempt(work, version, rest.subList(half, rest.size())));
    }
  }

  private static List<Integer> codes(List<CipherSuite> group) {
    List<Integer> codes = new ArrayList<>(group.size());
    for (CipherSuite suite : group) {
      codes.add(suite.code());
    }
    return codes;
  }

  private static int indexOf(List<CipherSuite> group, int code) {
    for (int i = 0; i < group.size(); i++) {
      if (group.get(i).code() == code) {
        return i;
      }
    }
    return -1;
  }

  /** The scan's pool, pending attempts, findings and problems; done when the last attempt ends. */
  private final class Work implements ThreadFactory {
    private final InetSocketAddress address;
    private final ExecutorService pool = new ThreadPoolExecutor(parallelism, parallelism, 0, TimeUnit.MILLISECONDS,
        new LatestFirst(), this);
    private final AtomicInteger pending = new AtomicInteger(1);
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Map<TlsVersion, List<CipherSuite>> accepted = new EnumMap<>(TlsVersion.class);
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicReference<IOException> unreachable = new AtomicReference<>();
    private volatile boolean connected;

    Work(InetSocketAddress address) {
      this.address = address;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "readiness-tls-scan");
      thread.setDaemon(true);
      return thread;
    }

    void submit(Attempt attempt) {
      pending.incrementAndGet();
      try {
        pool.execute(attempt);
      } catch (RejectedExecutionException e) {
        finish();
      }
    }

    void accepted(TlsVersion version, List<CipherSuite> suites) {
      synchronized (accepted) {
        accepted.computeIfAbsent(version, v -> new ArrayList<>()).addAll(suites);
      }
    }

    Map<TlsVersion, List<CipherSuite>> acceptedInRegistryOrder() {
      Map<TlsVersion, List<CipherSuite>> ordered = new EnumMap<>(TlsVersion.class);
      synchronized (accepted) {
        for (Map.Entry<TlsVersion, List<CipherSuite>> entry : accepted.entrySet()) {
          List<CipherSuite> suites = new ArrayList<>(entry.getValue());
          suites.sort(BY_CODE);
          ordered.put(entry.getKey(), suites);
        }
      }
      return ordered;
    }

    /** Waits for the last attempt, or ends the scan in a {@link ProbeException} at the deadline. */
    void await(long deadlineNanos) {
      finish();
      try {
        done.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw new ProbeException("TLS scan of " + host + ":" + port + " did not finish within " + deadline);
      } catch (ExecutionException e) {
        throw new ProbeException("TLS scan of " + host + ":" + port + " failed: " + FailureText.of(e.getCause()), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProbeException("TLS scan of " + host + ":" + port + " was interrupted", e);
      }
    }

    /**
     * A connect failed: before any connect has succeeded the server is unreachable and the scan ends at once (no
     * point in the other attempts each waiting for their time-out); afterwards it is a problem of that attempt.
     */
    void notConnected(String label, NotConnected failure) {
      IOException cause = (IOException) failure.getCause();
      if (connected) {
        problems.add(label + " hello: " + cause);
      } else if (unreachable.compareAndSet(null, cause)) {
        done.complete(null);
      }
    }

    /** @throws ProbeException when no connect succeeded, as a scan of an unreachable server ends */
    void refuseUnreachable() {
      IOException cause = unreachable.get();
      if (cause instanceof ConnectException) {
        throw new ProbeException("TLS scan: cannot connect to " + host + ":" + port + ": " + cause.getMessage(),
            cause);
      }
      if (cause != null) {
        throw new ProbeException("TLS scan: cannot reach " + host + ":" + port + " within " + timeout + ": " + cause,
            cause);
      }
    }

    void finish() {
      if (pending.decrementAndGet() == 0) {
        done.complete(null);
      }
    }
  }

  private List<CipherSuite> sslv2(Work work) {
    ConcurrentLinkedQueue<String> problems = work.problems;
    work.handshakes.incrementAndGet();
    try {
      return exchange(work, Sslv2Handshake.clientHello(), Sslv2Handshake::read, List.of());
    } catch (NotConnected e) {
      work.notConnected("SSLv2", e);
    } catch (TlsParseException e) {
      problems.add("SSLv2 hello: malformed answer: " + e.getMessage());
    } catch (SocketTimeoutException e) {
      problems.add("SSLv2 hello: no answer within " + timeout);
    } catch (IOException e) {
      problems.add("SSLv2 hello: " + e);
    }
    return List.of();
  }

  private ServerReply attempt(Work work, ClientHello hello) throws IOException, TlsParseException {
    return exchange(work, hello.toBytes(), in -> new TlsRecordReader(in).read(),
        new ServerReply.Refusal("connection reset"));
  }

  /**
   * Sends the hello and reads the answer; a reset connection is the refusal {@code whenReset}, a failed connect a
   * {@link NotConnected}.
   */
  private <T> T exchange(Work work, byte[] hello, AnswerReader<T> reader, T whenReset)
      throws IOException, TlsParseException {
    try (Socket socket = new Socket()) {
      int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
      try {
        socket.connect(work.address, millis);
      } catch (IOException e) {
        throw new NotConnected(e);
      }
      work.connected = true;
      socket.setSoTimeout(millis);
      socket.setSoLinger(true, 0);
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(hello);
        out.flush();
        return reader.read(socket.getInputStream());
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (SocketException e) {
        return whenReset;
      }
    }
  }

  @FunctionalInterface
  private interface AnswerReader<T> {
    T read(java.io.InputStream in) throws IOException, TlsParseException;
  }

  /**
   * The pool's queue, which hands out the attempt queued last first: the halves of a group that was just accepted
   * continue the scan's longest chains of dependent hellos, while the attempts still waiting from the start are
   * single hellos that end nothing.
   */
  private static final class LatestFirst extends LinkedBlockingDeque<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable attempt) {
      return offerFirst(attempt);
    }
  }

  /** A connect that failed; its cause is what the socket threw. */
  private static final class NotConnected extends IOException {
    private static final long serialVersionUID = 1L;

    NotConnected(IOException cause) {
      super(cause);
    }
  }


  /** @return whether the host is an IPv6 literal or a dotted quad, to which no SNI is sent */
  private static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true;
    }
    int parts = 1;
    int digits = 0;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '.' && digits > 0) {
        parts++;
        digits = 0;
      } else if (c >= '0' && c <= '9' && digits < 3) {
        digits++;
      } else {
        return false;
      }
    }
    return parts == 4 && digits > 0;
  }

}
