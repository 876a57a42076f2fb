package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import dev.readiness.http.ProbeException;
import org.apiguardian.api.API;

/**
 * Enumerates the protocol versions and cipher suites a server accepts by sending ClientHellos written in code and
 * reading only the ServerHello or alert; no handshake is completed. Per version, the registry's suites are split
 * into groups of at most {@value #GROUP_SIZE} (some servers reject longer lists); each group is offered, the chosen
 * suite removed and the rest offered again until the server refuses, as testssl.sh does. SSLv2 takes one
 * CLIENT-HELLO of its own format ({@link Sslv2Handshake}), whose SERVER-HELLO lists every shared cipher kind. Groups
 * run in parallel on at most {@code parallelism} connections; every socket has the per-attempt time-out and the
 * whole scan a deadline.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsScanner {

  /** The most suites one ClientHello offers. */
  public static final int GROUP_SIZE = 128;

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
    refuseUnreachable();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger handshakes = new AtomicInteger();
    Map<TlsVersion, List<Future<List<CipherSuite>>>> futures = new EnumMap<>(TlsVersion.class);
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
      Thread thread = new Thread(runnable, "readiness-tls-scan");
      thread.setDaemon(true);
      return thread;
    });
    try {
      futures.put(TlsVersion.SSL_2_0, List.of(pool.submit(() -> sslv2(problems, handshakes))));
      for (TlsVersion version : TlsVersion.values()) {
        if (version == TlsVersion.SSL_2_0) {
          continue;
        }
        List<CipherSuite> offered = CipherSuites.offeredWith(version);
        List<Future<List<CipherSuite>>> groups = new ArrayList<>();
        for (int from = 0; from < offered.size(); from += GROUP_SIZE) {
          List<CipherSuite> group = offered.subList(from, Math.min(offered.size(), from + GROUP_SIZE));
          groups.add(pool.submit(() -> enumerate(version, group, problems, handshakes)));
        }
        futures.put(version, groups);
      }
      Map<TlsVersion, List<CipherSuite>> accepted = collect(futures, started);
      return new TlsScan(host + ":" + port, accepted, new ArrayList<>(problems), handshakes.get(),
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      pool.shutdownNow();
    }
  }

  private Map<TlsVersion, List<CipherSuite>> collect(Map<TlsVersion, List<Future<List<CipherSuite>>>> futures,
      long started) {
    long deadline = started + scanDeadline().toNanos();
    Map<TlsVersion, List<CipherSuite>> accepted = new EnumMap<>(TlsVersion.class);
    try {
      for (Map.Entry<TlsVersion, List<Future<List<CipherSuite>>>> entry : futures.entrySet()) {
        List<CipherSuite> suites = new ArrayList<>();
        for (Future<List<CipherSuite>> future : entry.getValue()) {
          suites.addAll(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        accepted.put(entry.getKey(), suites);
      }
      return accepted;
    } catch (TimeoutException e) {
      throw new ProbeException("TLS scan of " + host + ":" + port + " did not finish within " + scanDeadline());
    } catch (ExecutionException e) {
      throw new ProbeException("TLS scan of " + host + ":" + port + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("TLS scan of " + host + ":" + port + " was interrupted", e);
    }
  }

  private Duration scanDeadline() {
    return deadline;
  }

  private List<CipherSuite> enumerate(TlsVersion version, List<CipherSuite> group,
      ConcurrentLinkedQueue<String> problems, AtomicInteger handshakes) {
    List<CipherSuite> remaining = new ArrayList<>(group);
    List<CipherSuite> accepted = new ArrayList<>();
    while (!remaining.isEmpty() && !Thread.currentThread().isInterrupted()) {
      handshakes.incrementAndGet();
      ServerReply reply;
      try {
        reply = attempt(ClientHello.of(version, remaining.stream().map(CipherSuite::code).toList(), serverName));
      } catch (TlsParseException e) {
        problems.add(version.label() + " hello: malformed answer: " + e.getMessage());
        return accepted;
      } catch (SocketTimeoutException e) {
        problems.add(version.label() + " hello: no answer within " + timeout);
        return accepted;
      } catch (IOException e) {
        problems.add(version.label() + " hello: " + e);
        return accepted;
      }
      if (!(reply instanceof ServerReply.Hello hello) || hello.version() != version) {
        return accepted;
      }
      CipherSuite chosen = remaining.stream().filter(s -> s.code() == hello.suiteCode()).findFirst().orElse(null);
      if (chosen == null) {
        problems.add(String.format("%s hello: the server chose suite 0x%04X, which was not offered",
            version.label(), hello.suiteCode()));
        return accepted;
      }
      accepted.add(chosen);
      remaining.remove(chosen);
    }
    return accepted;
  }

  private List<CipherSuite> sslv2(ConcurrentLinkedQueue<String> problems, AtomicInteger handshakes) {
    handshakes.incrementAndGet();
    try {
      return exchange(Sslv2Handshake.clientHello(), Sslv2Handshake::read, List.of());
    } catch (TlsParseException e) {
      problems.add("SSLv2 hello: malformed answer: " + e.getMessage());
    } catch (SocketTimeoutException e) {
      problems.add("SSLv2 hello: no answer within " + timeout);
    } catch (IOException e) {
      problems.add("SSLv2 hello: " + e);
    }
    return List.of();
  }

  private ServerReply attempt(ClientHello hello) throws IOException, TlsParseException {
    return exchange(hello.toBytes(), in -> new TlsRecordReader(in).read(),
        new ServerReply.Refusal("connection reset"));
  }

  /** Sends the hello and reads the answer; a reset connection is the refusal {@code whenReset}. */
  private <T> T exchange(byte[] hello, AnswerReader<T> reader, T whenReset) throws IOException, TlsParseException {
    try (Socket socket = new Socket()) {
      int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
      socket.connect(new InetSocketAddress(host, port), millis);
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

  private void refuseUnreachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    } catch (ConnectException e) {
      throw new ProbeException("TLS scan: cannot connect to " + host + ":" + port + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ProbeException("TLS scan: cannot reach " + host + ":" + port + " within " + timeout + ": " + e, e);
    }
  }

  private static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
