package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.FailureText;
import dev.readiness.http.ProbeException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apiguardian.api.API;

/**
 * Fetches the certificate chain a server presents. This is the one probe that does not check certificates: its
 * trust manager, scoped to this probe alone, records the chain and then aborts the handshake, so the chain can be
 * judged by the certificate policies whatever is wrong with it. No application data is ever sent.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateChainProbe {

  private final String host;
  private final int port;
  private final Duration timeout;

  /**
   * @param host the host name (sent as SNI unless an IP literal)
   * @param port the TLS port
   * @param timeout the bound of the connect, and of the handshake as a whole: the socket is closed twice this after
   *     the probe began, however slowly the server trickles its bytes
   */
  public CertificateChainProbe(String host, int port, Duration timeout) {
    this.host = host;
    this.port = port;
    this.timeout = timeout;
  }

  /**
   * @return the presented chain
   * @throws ProbeException when no chain could be obtained, naming the endpoint and the cause
   */
  public PresentedChain fetch() {
    Capture capture = new Capture();
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    try (Socket plain = new Socket()) {
      CompletableFuture<Void> watchdog = CompletableFuture.runAsync(
          () -> closeQuietly(plain),
          CompletableFuture.delayedExecutor(2L * millis, TimeUnit.MILLISECONDS));
      try {
        handshake(plain, millis, capture);
      } finally {
        watchdog.cancel(false);
      }
    } catch (IOException e) {
      if (capture.chain.get() == null) {
        throw new ProbeException("cannot fetch the certificate chain of " + host + ":" + port + " within "
            + 2L * millis + " ms (twice the timeout of " + millis + " ms, for the connect and the whole handshake): "
            + FailureText.of(e, timeout), e);
      }
    } catch (GeneralSecurityException e) {
      throw new ProbeException("cannot set up the certificate probe: " + e.getMessage(), e);
    }
    return new PresentedChain(host + ":" + port, host, List.of(capture.chain.get()));
  }

  private void handshake(Socket plain, int millis, Capture capture) throws IOException, GeneralSecurityException {
    plain.connect(new InetSocketAddress(host, port), millis);
    plain.setSoTimeout(millis);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {capture}, null);
    try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
      SSLParameters parameters = socket.getSSLParameters();
      if (!host.contains(":") && !host.matches("[\\d.]+")) {
        parameters.setServerNames(List.of(new SNIHostName(host)));
      }
      socket.setSSLParameters(parameters);
      socket.startHandshake();
    } catch (SSLException e) {
      if (capture.chain.get() == null) {
        throw new ProbeException("TLS handshake with " + host + ":" + port + " ended before a certificate: "
            + FailureText.of(e), e);
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a socket that failed already: nothing more to release
    }
  }

  /** Records the chain and refuses it, which ends the handshake before any key exchange completes. */
  private static final class Capture implements X509TrustManager {
    private final AtomicReference<X509Certificate[]> chain = new AtomicReference<>();

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) throws CertificateException {
      chain.set(presented.clone());
      throw new CertificateException("chain captured; the handshake is not needed");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) throws CertificateException {
      throw new CertificateException("client certificates are not accepted by this probe");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
