package dev.readiness.http;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.time.Instant;

/**
 * One keep-alive connection of the {@link KeepAliveEngine} and the exchange it carries: where it is in its life,
 * the request in flight (its index in send order and when it went out), and the parser and buffers it reuses from
 * request to request. Used by the selector thread only.
 */
final class Http1Connection {

  /** Where a connection is in its life. */
  enum Phase { CONNECTING, HANDSHAKING, WRITING, READING }

  final Transport transport;
  final Http1ResponseParser parser = new Http1ResponseParser();
  final ByteBuffer in;
  final ByteBuffer out;
  SelectionKey key;
  Phase phase = Phase.CONNECTING;
  /** Answers this connection carried; a connection that answered before may be closed by the server when idle. */
  int served;
  int index;
  Instant sentAt;
  long sentNanos;
  Duration remainingAtSend = Duration.ZERO;
  /** When the connection times out unless it makes progress, in {@link System#nanoTime()}. */
  long timeoutAt;

  Http1Connection(Transport transport, byte[] request) {
    this.transport = transport;
    this.in = ByteBuffer.allocate(transport.inputSize());
    this.out = ByteBuffer.wrap(request);
  }

  /** @return true while a request is written or its answer awaited */
  boolean inFlight() {
    return phase == Phase.WRITING || phase == Phase.READING;
  }

  /** Updates the selector interest: reading always once connected, writing while output waits. */
  void interest() {
    int ops = phase == Phase.CONNECTING ? SelectionKey.OP_CONNECT
        : SelectionKey.OP_READ | (phase == Phase.WRITING || transport.wantsWrite() ? SelectionKey.OP_WRITE : 0);
    if (key.interestOps() != ops) {
      key.interestOps(ops);
    }
  }
}
