package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Sends one request over several HTTP/1.1 keep-alive connections at once, from one selector thread (the caller's)
 * on non-blocking sockets, as fast as the connections answer; every request through the check's {@link HttpProbe}.
 *
 * <p>Guarantees, the probe's own: every request is admitted by the probe (the target's hosts only, its request
 * budget, its deadline), a refusal ends the run with that {@link ProbeException}; no redirect is followed; every
 * exchange becomes an {@link HttpExchange} kept as the probe's evidence; at most {@link HttpProbe#BODY_LIMIT} bytes of
 * a body are kept (the connection is then closed rather than drained) and at most
 * {@link Http1ResponseParser#HEADER_LIMIT} bytes of a header section are read. HTTPS uses an {@code SSLEngine} with
 * the target's trust, certificate and host-name checking on, SNI, and ALPN offering {@code http/1.1}.
 *
 * <p>Answers arrive raw: a rate limiter's 429 or 503 goes to {@link Answers} as it came, whatever the probe's
 * {@link LimitedResponses} (which {@link HttpProbe#send} applies), since the engine exists to meet limiters.
 *
 * <p>Connections: {@code Connection: close}, an HTTP/1.0 answer or a body framed by the end of the connection make
 * the engine open a new connection for the next request. A reused connection the server closed before answering
 * (an idle keep-alive connection closes as the request goes out) gets the request again on a new connection,
 * admitted by the probe again; a new connection closed before answering, a malformed answer, a TLS failure or a
 * refused connection ends the run with a {@link ProbeException} naming the request and what came back.
 *
 * <p>Bounds: each connection must make progress (connect, handshake, write, read) within the target's timeout, and
 * the whole run ends by the probe's deadline; either ends the run with a {@link ProbeException}, so a server that
 * accepts and never answers cannot hang it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class KeepAliveEngine {

  /** Receives each answer on the selector thread, and says whether to go on sending. */
  @FunctionalInterface
  @API(status = EXPERIMENTAL, since = "0.1")
  public interface Answers {
    /**
     * @param index the request's position in send order, from 0
     * @param exchange the request and its answer
     * @return true to go on; false sends no further request (those in flight are still answered)
     */
    boolean answered(int index, HttpExchange exchange);
  }

  private final HttpProbe probe;

  /** @param probe the check's probe: it admits every request, and keeps every exchange as evidence */
  public KeepAliveEngine(HttpProbe probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /**
   * Sends the request {@code requests} times over up to {@code connections} connections, one request in flight on
   * each, until {@code answers} says stop; returns when every request sent is answered.
   *
   * @param request what to send, an {@code http} or {@code https} URL on the target
   * @param connections how many connections to keep busy, at least 1
   * @param requests how many requests to send at most
   * @param answers receives each exchange, on the calling thread
   * @throws Http11RefusedException when the server refused HTTP/1.1 in the TLS handshake, before any request
   * @throws ProbeException when the probe refuses a request (hosts, budget, deadline), or a connection fails, times
   *     out or answers with something that is not HTTP/1.x
   */
  public void send(ProbeRequest request, int connections, int requests, Answers answers) {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be at least 1: " + connections);
    }
    probe.requireOnTarget(request.url());
    if (requests <= 0) {
      return;
    }
    byte[] bytes = Http1Request.encode(request, HttpProbe.USER_AGENT);
    URI url = request.url();
    boolean tls = url.getScheme().equalsIgnoreCase("https");
    InetSocketAddress address = address(request, tls);
    try (KeepAliveRun run = new KeepAliveRun(probe, request, bytes, address, tls ? probe.trust().sslContext() : null, answers, requests)) {
      run.go(Math.min(connections, requests));
    } catch (IOException e) {
      throw new ProbeException(probe.describe(request, e, probe.remaining()), e);
    }
  }

  private InetSocketAddress address(ProbeRequest request, boolean tls) {
    URI url = request.url();
    int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
    try {
      return new InetSocketAddress(InetAddress.getByName(host(url)), port);
    } catch (UnknownHostException e) {
      throw new ProbeException(probe.describe(request, e, probe.remaining()), e);
    }
  }

  /** @return the URL's host, an IPv6 literal without its brackets */
  static String host(URI url) {
    String host = url.getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
