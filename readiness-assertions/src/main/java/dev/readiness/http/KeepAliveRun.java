package dev.readiness.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * One {@link KeepAliveEngine#send} call: the selector, its connections, what was sent and answered. Runs on the
 * calling thread; every request admitted by the probe; throws the first failure as a {@link ProbeException}.
 */
final class KeepAliveRun implements AutoCloseable {

  private final HttpProbe probe;
  private final ProbeRequest request;
  private final byte[] bytes;
  private final boolean head;
  private final InetSocketAddress address;
  private final SSLContext tls;
  private final KeepAliveEngine.Answers answers;
  private final int requests;
  private final Selector selector;
  private final List<Http1Connection> connections = new ArrayList<>();
  private final Deque<Integer> retries = new ArrayDeque<>();
  private final long timeoutNanos;
  private final long deadline;
  private int issued;
  private int answered;
  private boolean stopped;

  KeepAliveRun(HttpProbe probe, ProbeRequest request, byte[] bytes, InetSocketAddress address, SSLContext tls,
      KeepAliveEngine.Answers answers, int requests) throws IOException {
    this.probe = probe;
    this.request = request;
    this.timeoutNanos = probe.target().timeout().toNanos();
    this.deadline = System.nanoTime() + probe.remaining().toNanos();
    this.bytes = bytes;
    this.head = request.method().equals("HEAD");
    this.address = address;
    this.tls = tls;
    this.answers = answers;
    this.requests = requests;
    this.selector = Selector.open();
  }

  void go(int open) throws IOException {
    for (int i = 0; i < open; i++) {
      connect();
    }
    while (!connections.isEmpty()) {
      long wake = enforceTimeouts(System.nanoTime());
      selector.select(this::ready, Math.max(1, (wake + 999_999) / 1_000_000));
    }
  }

  /** @return nanoseconds until the next timeout; throws for a connection whose time is up */
  private long enforceTimeouts(long now) {
    long next = deadline - now;
    for (Http1Connection connection : connections) {
      long left = Math.min(connection.timeoutAt, deadline) - now;
      if (left <= 0) {
        throw timeout(connection, now);
      }
      next = Math.min(next, left);
    }
    return next;
  }

  private ProbeException timeout(Http1Connection connection, long now) {
    String what = connection.phase == Http1Connection.Phase.CONNECTING ? "connect"
        : connection.phase == Http1Connection.Phase.HANDSHAKING ? "TLS handshake" : "answer";
    if (now >= deadline) {
      return new ProbeException(probe.describe(request,
          new InterruptedIOException(what + " not done by the deadline"), connection.remainingAtSend));
    }
    return new ProbeException(probe.describe(request, new SocketTimeoutException(what + " timed out"),
        connection.remainingAtSend) + " (" + what + ")");
  }

  private void connect() throws IOException {
    SocketChannel channel = SocketChannel.open();
    Http1Connection connection;
    try {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      Transport transport = tls == null ? Transport.plain(channel)
          : new TlsTransport(channel, tls, KeepAliveEngine.host(request.url()), address.getPort());
      connection = new Http1Connection(transport, bytes);
      connection.timeoutAt = System.nanoTime() + timeoutNanos;
      connection.remainingAtSend = probe.remaining();
      connection.key = channel.register(selector, SelectionKey.OP_CONNECT, connection);
      connections.add(connection);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    try {
      if (channel.connect(address)) {
        connected(connection);
      }
    } catch (IOException e) {
      throw failure(connection, e);
    }
  }

  private void ready(SelectionKey key) {
    Http1Connection connection = (Http1Connection) key.attachment();
    if (!key.isValid()) {
      return;
    }
    try {
      try {
        advance(connection);
      } catch (ProtocolException e) {
        throw failure(connection, e);
      } catch (IOException e) {
        if (!connection.inFlight()) {
          throw failure(connection, e);
        }
        closedByServer(connection, e, false);
      }
    } catch (IOException e) {
      throw failure(connection, e);
    }
  }

  private void advance(Http1Connection connection) throws IOException {
    if (connection.phase == Http1Connection.Phase.CONNECTING) {
      if (connection.transport.channel.finishConnect()) {
        connected(connection);
      }
    } else if (connection.phase == Http1Connection.Phase.HANDSHAKING) {
      handshake(connection);
    } else if (connection.phase == Http1Connection.Phase.WRITING) {
      write(connection);
    } else {
      read(connection);
    }
  }

  private void connected(Http1Connection connection) throws IOException {
    connection.phase = Http1Connection.Phase.HANDSHAKING;
    progress(connection);
    handshake(connection);
  }

  private void handshake(Http1Connection connection) throws IOException {
    if (!connection.transport.handshake()) {
      progress(connection);
      connection.interest();
      return;
    }
    next(connection);
  }

  /** Sends the next request on a connection that is free, or closes it when there is nothing left to send. */
  private void next(Http1Connection connection) throws IOException {
    if (!retries.isEmpty() && !stopped) {
      connection.index = retries.poll();
    } else if (!stopped && issued < requests) {
      connection.index = issued++;
    } else {
      close(connection);
      return;
    }
    connection.remainingAtSend = probe.admit(request);
    connection.parser.reset(head);
    connection.out.clear();
    connection.sentAt = Instant.now();
    connection.sentNanos = System.nanoTime();
    connection.timeoutAt = connection.sentNanos + timeoutNanos;
    connection.phase = Http1Connection.Phase.WRITING;
    write(connection);
  }

  private void write(Http1Connection connection) throws IOException {
    if (connection.transport.write(connection.out)) {
      connection.phase = Http1Connection.Phase.READING;
    }
    progress(connection);
    connection.interest();
  }

  private void read(Http1Connection connection) throws IOException {
    Http1Connection.Phase phase = connection.phase;
    while (connection.phase == phase && connection.key.isValid()) {
      int read = connection.transport.read(connection.in);
      if (read < 0) {
        closedByServer(connection, new EOFException("the server closed the connection"), true);
        return;
      }
      if (read > 0) {
        progress(connection);
        connection.in.flip();
        boolean done = connection.parser.feed(connection.in);
        connection.in.compact();
        if (done) {
          answered(connection);
          return;
        }
      } else if (!connection.transport.buffered()) {
        if (connection.transport.wantsWrite()) {
          connection.interest();
        }
        return;
      }
    }
  }

  private void answered(Http1Connection connection) throws IOException {
    Http1ResponseParser parser = connection.parser;
    long now = System.nanoTime();
    HttpExchange exchange = new HttpExchange(request, parser.status(), parser.protocol(), parser.headers(),
        parser.body(), parser.truncated(), connection.sentAt, Duration.ofNanos(now - connection.sentNanos));
    probe.record(exchange);
    connection.served++;
    answered++;
    if (!answers.answered(connection.index, exchange)) {
      stop();
    }
    if (parser.keepAlive() && connection.in.position() == 0) {
      next(connection);
    } else {
      close(connection);
      if (more()) {
        connect();
      }
    }
  }

  private void closedByServer(Http1Connection connection, IOException e, boolean endOfInput) throws IOException {
    if (endOfInput && connection.parser.endOfInput()) {
      answered(connection);
      return;
    }
    if (connection.served > 0 && !connection.parser.received()) {
      close(connection);
      retries.add(connection.index);
      if (more()) {
        connect();
      }
      return;
    }
    throw failure(connection, e);
  }

  private boolean more() {
    return !stopped && (issued < requests || !retries.isEmpty());
  }

  /** Sends nothing more: connections still opening are closed, those in flight finish their exchange. */
  private void stop() {
    stopped = true;
    for (Http1Connection connection : List.copyOf(connections)) {
      if (!connection.inFlight()) {
        close(connection);
      }
    }
  }

  private void progress(Http1Connection connection) {
    connection.timeoutAt = System.nanoTime() + timeoutNanos;
  }

  private ProbeException failure(Http1Connection connection, IOException e) {
    if (e instanceof SSLHandshakeException && answered == 0 && e.getMessage() != null
        && e.getMessage().toLowerCase(Locale.ROOT).contains("no_application_protocol")) {
      return new Http11RefusedException(probe.describe(request, e, connection.remainingAtSend)
          + " (the server does not speak HTTP/1.1)", e);
    }
    if (e instanceof ProtocolException) {
      return new ProbeException(probe.redactor().text(request.toString()) + " failed: the answer is not HTTP/1.x: "
          + e.getMessage(), e);
    }
    if (e instanceof EOFException && connection.inFlight()) {
      String when = connection.parser.received() ? "in the middle of its answer" : "without answering";
      return new ProbeException(probe.redactor().text(request.toString()) + " failed: the server closed the "
          + "connection " + when + " (after " + connection.served + " answers on that connection)", e);
    }
    return new ProbeException(probe.describe(request, e, connection.remainingAtSend), e);
  }

  private void close(Http1Connection connection) {
    connections.remove(connection);
    connection.key.cancel();
    connection.transport.close();
  }

  @Override
  public void close() throws IOException {
    for (Http1Connection connection : connections) {
      connection.transport.close();
    }
    connections.clear();
    selector.close();
  }
}
