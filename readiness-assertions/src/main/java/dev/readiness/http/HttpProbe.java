package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Evidence;
import dev.readiness.target.Target;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.apiguardian.api.API;

/**
 * Sends one check's requests to the target, within the check's bounds.
 *
 * <p>Guarantees: a request goes only to one of the target's hosts; no more than the budget's requests are sent;
 * no request runs past the deadline; redirects are never followed; at most {@link #BODY_LIMIT} bytes of a
 * response body are read. Any failure to get an answer is a {@link ProbeException} whose message names the
 * request and the cause. Every exchange is kept, redacted, as evidence. One check, one probe; {@link #send} may be called from
 * several threads at once (a burst), and the budget and deadline hold across them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HttpProbe {

  /** The most bytes of a response body that are read: 1 MiB. */
  public static final int BODY_LIMIT = 1 << 20;

  private static final String USER_AGENT = "Readiness/0.1 (production-readiness checks)";
  private static final java.util.Set<String> METHODS_WITH_BODY = java.util.Set.of("POST", "PUT", "PATCH");

  private final OkHttpClient client;
  private final Target target;
  private final ProbeLimits limits;
  private final Clock clock;
  private final Instant deadline;
  private final Redactor redactor;
  private final AtomicInteger sent = new AtomicInteger();
  private final EvidenceLog evidence = new EvidenceLog();

  HttpProbe(OkHttpClient client, Target target, ProbeLimits limits, Clock clock, Redactor redactor) {
    this.client = client;
    this.target = target;
    this.limits = limits;
    this.clock = clock;
    this.deadline = clock.instant().plus(limits.deadline());
    this.redactor = redactor;
  }

  /** @return the target this probe sends to */
  public Target target() {
    return target;
  }

  /** @return a GET of a path (or absolute URL on the target) and its response */
  public HttpExchange get(String pathOrUrl) {
    return send(ProbeRequest.get(resolve(pathOrUrl)));
  }

  /**
   * @param pathOrUrl a path such as {@code /health}, or an absolute URL
   * @return the absolute URL on the target
   * @throws ProbeException naming the input when it is not a valid path or URL
   */
  public URI resolve(String pathOrUrl) {
    try {
      return target.resolve(pathOrUrl);
    } catch (IllegalArgumentException e) {
      throw new ProbeException(e.getMessage(), e);
    }
  }

  /**
   * Sends a request and reads its response.
   *
   * @param request what to send
   * @return the exchange, which is also recorded as evidence
   * @throws ProbeException when the request would leave the target, the budget or deadline is spent, or no
   *     response came
   */
  public HttpExchange send(ProbeRequest request) {
    Duration remaining = admit(request);
    Call call = client.newCall(toOkHttp(request));
    call.timeout().timeout(remaining.toMillis(), TimeUnit.MILLISECONDS);
    Instant start = clock.instant();
    try (Response response = call.execute()) {
      BoundedBody body = readBounded(response.body());
      HttpExchange exchange = new HttpExchange(request, response.code(), response.protocol().toString(),
          headers(response.headers()), body.text(), body.truncated(), start,
          Duration.between(start, clock.instant()));
      evidence.add(() -> ExchangeEvidence.of(exchange, redactor));
      return exchange;
    } catch (IOException e) {
      throw new ProbeException(describe(request, e, remaining), e);
    }
  }

  /**
   * Attempts a WebSocket handshake on a {@code ws://} or {@code wss://} URL of the target, with the target's trust,
   * counted against the budget and bounded by the deadline; no redirect is followed and an opened socket is closed
   * at once. A connection that cannot be made is returned (status 0), not thrown: refusing is what several checks
   * expect.
   *
   * @param request a {@code GET} of the WebSocket URL with the headers to send (Origin, Authorization)
   * @return what the handshake got
   * @throws ProbeException when the URL is off the target, the budget is spent or the deadline passes
   */
  public WebSocketHandshake handshake(ProbeRequest request) {
    Duration remaining = admit(request);
    WebSocketHandshake handshake = WebSocketHandshaker.attempt(client, request, remaining);
    StringBuilder detail = new StringBuilder();
    for (HttpHeader h : request.headers().lines()) {
      detail.append("> ").append(h.name()).append(": ").append(redactor.header(h.name(), h.value())).append('\n');
    }
    handshake.location().ifPresent(l -> detail.append("< Location: ").append(l).append('\n'));
    evidence.add(new Evidence(redactor.text(handshake.summary()), detail.toString().stripTrailing()));
    return handshake;
  }

  /** @return the redacted evidence of every exchange so far, in order */
  public List<Evidence> evidence() {
    return evidence.all();
  }

  /** @return the time left before this probe's deadline; zero once it has passed */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** @return how many requests were sent */
  public int requestsSent() {
    return Math.min(sent.get(), limits.maxRequests());
  }

  /** @return the redactor this probe masks secrets with */
  public Redactor redactor() {
    return redactor;
  }

  Duration admit(ProbeRequest request) {
    requireOnTarget(request.url());
    if (sent.incrementAndGet() > limits.maxRequests()) {
      throw new ProbeException("request budget of " + limits.maxRequests() + " requests is spent; "
          + "not sending " + redactor.text(request.toString()));
    }
    Duration remaining = Duration.between(clock.instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      throw new ProbeException("deadline of " + limits.deadline().toSeconds() + " s passed; not sending "
          + redactor.text(request.toString()));
    }
    return remaining;
  }

  private record BoundedBody(String text, boolean truncated) {}

  private static BoundedBody readBounded(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    long read = 0;
    while (buffer.size() <= BODY_LIMIT && read != -1) {
      read = source.read(buffer, 8192);
    }
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    boolean truncated = buffer.size() > BODY_LIMIT;
    return new BoundedBody(buffer.readString(Math.min(buffer.size(), BODY_LIMIT), charset), truncated);
  }

  private void requireOnTarget(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (!target.hosts().contains(host)) {
      throw new ProbeException("refusing to send to " + redactor.text(url.toString())
          + ": it is not on the target's hosts " + target.hosts());
    }
  }

  static Request toOkHttp(ProbeRequest request) {
    HttpUrl url = HttpUrl.parse(request.url().toString());
    if (url == null) {
      throw new ProbeException("not a valid http(s) URL: " + request.url());
    }
    Headers.Builder headers = new Headers.Builder();
    try {
      for (HttpHeader h : request.headers().lines()) {
        headers.add(h.name(), h.value());
      }
    } catch (IllegalArgumentException e) {
      throw new ProbeException("cannot send " + request + ": invalid header: " + e.getMessage(), e);
    }
    if (!request.headers().contains("User-Agent")) {
      headers.add("User-Agent", USER_AGENT);
    }
    byte[] bytes = request.body();
    boolean needsBody = bytes.length > 0 || METHODS_WITH_BODY.contains(request.method());
    RequestBody body = needsBody
        ? RequestBody.create(bytes, request.contentType() == null ? null : MediaType.parse(request.contentType()))
        : null;
    try {
      return new Request.Builder().url(url).headers(headers.build()).method(request.method(), body).build();
    } catch (IllegalArgumentException e) {
      throw new ProbeException("cannot send " + request + ": " + e.getMessage(), e);
    }
  }

  private static HttpHeaders headers(Headers headers) {
    List<HttpHeader> lines = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      lines.add(new HttpHeader(headers.name(i), headers.value(i)));
    }
    return new HttpHeaders(lines);
  }

  private String describe(ProbeRequest request, IOException e, Duration remaining) {
    String what = redactor.text(request.toString());
    if (e instanceof ConnectException) {
      return what + " failed: connection refused (" + e.getMessage() + "); is the stack running?";
    }
    if (e instanceof UnknownHostException) {
      return what + " failed: unknown host " + e.getMessage();
    }
    if (e instanceof SocketTimeoutException) {
      return what + " failed: no answer within the timeout of " + target.timeout().toMillis() + " ms";
    }
    if (e instanceof InterruptedIOException) {
      return what + " failed: no answer within the check's remaining deadline of " + remaining.toMillis() + " ms";
    }
    if (e instanceof SSLException) {
      return what + " failed: TLS handshake failed: " + e.getMessage();
    }
    return what + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** @return the shared client this probe sends with, for the engines of this package that keep their own pools */
  OkHttpClient client() {
    return client;
  }
}
