package dev.readiness.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/** Accepts connections on loopback and hands each to a behaviour on its own thread. */
final class RawServer implements AutoCloseable {
  private final ServerSocket server;

  RawServer(Consumer<Socket> behaviour) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          Thread worker = new Thread(() -> {
            try (socket) {
              behaviour.accept(socket);
            } catch (IOException e) {
              // closed by the scanner
            }
          });
          worker.setDaemon(true);
          worker.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
