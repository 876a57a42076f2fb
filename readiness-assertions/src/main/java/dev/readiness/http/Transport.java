package dev.readiness.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The bytes of one non-blocking connection of the {@link KeepAliveEngine}: plain, or through TLS. Calls never block;
 * a call that cannot go on returns and waits for the selector.
 */
abstract class Transport {

  final SocketChannel channel;

  Transport(SocketChannel channel) {
    this.channel = channel;
  }

  /** @return a plain transport over the channel */
  static Transport plain(SocketChannel channel) {
    return new Plain(channel);
  }

  /**
   * Drives the TLS handshake as far as the socket allows.
   *
   * @return true when the connection is ready for requests
   * @throws IOException when the handshake fails (the certificate, the host name, a TLS alert, the connection)
   */
  abstract boolean handshake() throws IOException;

  /** @return the smallest input buffer {@link #read} may be given */
  abstract int inputSize();

  /**
   * @param in receives the application bytes, in write mode
   * @return the bytes added, 0 when none are available yet, -1 when the peer closed and nothing is left
   */
  abstract int read(ByteBuffer in) throws IOException;

  /**
   * @param out bytes to send, in read mode
   * @return true when everything is written, false when the socket must become writable first
   */
  abstract boolean write(ByteBuffer out) throws IOException;

  /** @return true when bytes already taken from the socket can be decoded by {@link #read} without waiting */
  abstract boolean buffered();

  /** @return true when output waits for the socket to become writable */
  abstract boolean wantsWrite();

  /** Closes the connection without waiting for anything. */
  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing a connection we are done with; nothing depends on it
    }
  }

  private static final class Plain extends Transport {

    Plain(SocketChannel channel) {
      super(channel);
    }

    @Override
    boolean handshake() {
      return true;
    }

    @Override
    int inputSize() {
      return 16 * 1024;
    }

    @Override
    int read(ByteBuffer in) throws IOException {
      return channel.read(in);
    }

    @Override
    boolean write(ByteBuffer out) throws IOException {
      channel.write(out);
      return !out.hasRemaining();
    }

    @Override
    boolean buffered() {
      return false;
    }

    @Override
    boolean wantsWrite() {
      return false;
    }
  }
}
