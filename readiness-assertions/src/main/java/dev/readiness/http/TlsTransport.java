package dev.readiness.http;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * TLS over a non-blocking channel with an {@link SSLEngine} from the target's trust ({@link TargetTrust}): the
 * certificate chain is validated (PKIX) and the host name checked ({@code HTTPS} endpoint identification), never
 * switched off; SNI names the host; ALPN offers {@code http/1.1} only. Delegated tasks run on the selector thread.
 */
final class TlsTransport extends Transport {

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  private final SSLEngine engine;
  private ByteBuffer netIn;
  private final ByteBuffer netOut;
  private ByteBuffer scratch;
  private boolean decodable;

  TlsTransport(SocketChannel channel, SSLContext context, String host, int port) throws SSLException {
    super(channel);
    engine = context.createSSLEngine(host, port);
    engine.setUseClientMode(true);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    parameters.setApplicationProtocols(new String[] {"http/1.1"});
    engine.setSSLParameters(parameters);
    int packet = engine.getSession().getPacketBufferSize();
    netIn = ByteBuffer.allocate(packet);
    netOut = ByteBuffer.allocate(packet).flip();
    engine.beginHandshake();
  }

  @Override
  boolean handshake() throws IOException {
    if (scratch == null) {
      scratch = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }
    while (true) {
      if (!flush()) {
        return false;
      }
      switch (engine.getHandshakeStatus()) {
        case NEED_WRAP -> wrap(EMPTY);
        case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
          if (!unwrap()) {
            return false;
          }
        }
        case NEED_TASK -> runTasks();
        default -> {
          scratch = null;
          return true;
        }
      }
    }
  }

  /** @return the protocol ALPN agreed on, empty when the server did not take part */
  String applicationProtocol() {
    String protocol = engine.getApplicationProtocol();
    return protocol == null ? "" : protocol;
  }

  @Override
  int inputSize() {
    return engine.getSession().getApplicationBufferSize();
  }

  @Override
  int read(ByteBuffer in) throws IOException {
    int before = in.position();
    int read = channel.read(netIn);
    boolean closed = read < 0;
    decodable = false;
    netIn.flip();
    try {
      while (netIn.hasRemaining()) {
        SSLEngineResult result = engine.unwrap(netIn, in);
        if (result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
          runTasks();
        }
        if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
          wrap(EMPTY);
          flush();
        }
        if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
          closed = true;
          break;
        }
        if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
          decodable = true;
          break;
        }
        if (result.getStatus() != SSLEngineResult.Status.OK
            || result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
          break;
        }
      }
    } finally {
      netIn.compact();
    }
    int added = in.position() - before;
    return added == 0 && closed ? -1 : added;
  }

  @Override
  boolean write(ByteBuffer out) throws IOException {
    while (true) {
      if (!flush()) {
        return false;
      }
      if (!out.hasRemaining()) {
        return true;
      }
      wrap(out);
    }
  }

  @Override
  boolean buffered() {
    return decodable;
  }

  @Override
  boolean wantsWrite() {
    return netOut.hasRemaining();
  }

  private boolean flush() throws IOException {
    if (netOut.hasRemaining()) {
      channel.write(netOut);
    }
    return !netOut.hasRemaining();
  }

  private void wrap(ByteBuffer source) throws IOException {
    netOut.compact();
    try {
      SSLEngineResult result = engine.wrap(source, netOut);
      if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
        throw new SSLException("the TLS session was closed");
      }
    } finally {
      netOut.flip();
    }
  }

  /** @return false when more bytes must arrive first */
  private boolean unwrap() throws IOException {
    netIn.flip();
    SSLEngineResult result;
    try {
      result = engine.unwrap(netIn, scratch);
    } finally {
      netIn.compact();
    }
    switch (result.getStatus()) {
      case BUFFER_UNDERFLOW -> {
        if (netIn.position() == netIn.capacity()) {
          netIn = ByteBuffer.allocate(netIn.capacity() * 2).put(netIn.flip());
        }
        int read = channel.read(netIn);
        if (read < 0) {
          throw new EOFException("the server closed the connection during the TLS handshake");
        }
        return read > 0;
      }
      case CLOSED -> throw new SSLException("the server closed the TLS session during the handshake");
      case BUFFER_OVERFLOW -> throw new SSLException("the server sent application data during the TLS handshake");
      default -> {
        return true;
      }
    }
  }

  private void runTasks() {
    for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
      task.run();
    }
  }
}
