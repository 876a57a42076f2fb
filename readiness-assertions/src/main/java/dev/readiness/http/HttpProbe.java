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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
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
 *
 * <p>Every request goes through the session's {@link RequestGovernor}: it is counted, a paced request waits until
 * the limiters the governor has learned let it through, and every answer teaches the governor. A rate limiter's
 * refusal (429, or 503) is handled here, once for every check, as the probe's {@link LimitedResponses} says: with
 * {@link LimitedResponses#WAIT_OUT} it is waited out and the request sent again (the time waited does not count
 * against the check's deadline, it counts against the scan's wait budget {@code target.maxWait}), or a
 * {@link RateLimitedException}; the checks that test rate limits get the refusals raw and unpaced, and send their
 * positive controls with {@link #sendAfterRefill}. Each exchange as a whole (headers and body) is bounded by the
 * target's {@code timeout}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HttpProbe {

  /** The most bytes of a response body that are read: 1 MiB. */
  public static final int BODY_LIMIT = 1 << 20;

  /** How many times one request is sent again after a limiter's refusal before the probe gives up. */
  public static final int MAX_LIMITER_WAITS = RequestGovernor.MAX_RESENDS;

  static final String USER_AGENT = "Readiness/0.1 (production-readiness checks)";

  private final TargetHttpClient httpClient;
  private final Target target;
  private final ProbeLimits limits;
  private final Clock clock;
  private final Instant deadline;
  private final Redactor redactor;
  private final LimitedResponses limitedResponses;
  private final RequestGovernor governor;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicLong heldNanos = new AtomicLong();
  private final List<HttpExchange> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final EvidenceLog evidence = new EvidenceLog();

  HttpProbe(TargetHttpClient httpClient, Target target, ProbeLimits limits, Clock clock,
      Redactor redactor, LimitedResponses limitedResponses) {
    this.httpClient = httpClient;
    this.governor = httpClient.governor();
    this.limitedResponses = limitedResponses;
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
   * Sends a request and reads its response. With {@link LimitedResponses#WAIT_OUT} the request is paced by the
   * governor and a rate limiter's refusal is waited out and the request sent again (each refusal is kept as
   * evidence too; a resent request does not count in the budget); with {@link LimitedResponses#RAW} it goes out at
   * once and the answer comes back as it came.
   *
   * @param request what to send
   * @return the exchange, which is also recorded as evidence
   * @throws RateLimitedException when a limiter refused {@value RequestGovernor#MAX_RESENDS} times more
   * @throws WaitBudgetSpentException when waiting for a limiter would pass the scan's wait budget or deadline
   * @throws ProbeException when the request would leave the target, the budget or deadline is spent, or no
   *     response came
   */
  public HttpExchange send(ProbeRequest request) {
    return limitedResponses == LimitedResponses.WAIT_OUT ? sendPaced(request) : exchange(request, true);
  }

  /**
   * Sends a request paced by the governor and waits out a limiter's refusal, whatever this probe's mode: what a
   * check that tests a limiter sends when it does not want the limiter's answer (a login it needs).
   *
   * @param request what to send
   * @return the answer after the limiters let it through
   * @throws ProbeException as {@link #send} does
   */
  public HttpExchange sendPaced(ProbeRequest request) {
    hold(governor.pace(request));
    return waitOutRefusals(request, exchange(request, true), () -> exchange(request, false));
  }

  /**
   * Sends a request as {@link #send} does, except that a spent quota of its path's own limiter does not hold it
   * back: it meets that limiter's refusal, which is kept in {@link #refusalsWaitedOut()} and waited out. For a
   * check whose attempts another check judges by that refusal (the default-credential pairs, whose login limiter
   * {@code ratelimit.login} tests), so that the refusal is seen once instead of being provoked again.
   *
   * @param request what to send
   * @return the answer after the limiters let it through
   * @throws ProbeException as {@link #send} does
   */
  public HttpExchange sendToRefusal(ProbeRequest request) {
    if (limitedResponses == LimitedResponses.RAW) {
      return exchange(request, true);
    }
    hold(governor.paceToRefusal(request));
    return waitOutRefusals(request, exchange(request, true), () -> exchange(request, false));
  }

  /**
   * @param request the request whose answer {@code first} is
   * @param first its first answer
   * @param again sends it once more (not counted in the budget)
   * @return the first answer that is not a limiter's refusal the governor waits out
   * @throws RateLimitedException when a limiter refused {@value RequestGovernor#MAX_RESENDS} times more
   */
  private HttpExchange waitOutRefusals(ProbeRequest request, HttpExchange first, Supplier<HttpExchange> again) {
    HttpExchange exchange = first;
    for (int resends = 0; governor.resend(exchange); resends++) {
      refusals.add(exchange);
      if (resends >= RequestGovernor.MAX_RESENDS) {
        throw new RateLimitedException(exchange, redactor.text(exchange.summary()) + " with "
            + LimiterHeaders.of(exchange.headers()) + ": a rate limiter refused " + exchange.url().getPath()
            + " again after " + resends + " waits; this check does not test that limiter and cannot judge a "
            + "refused request. Raise the limit for the test client's address, or run this check apart from the "
            + "checks that exhaust it");
      }
      hold(governor.pace(request));
      exchange = again.get();
    }
    return exchange;
  }

  /**
   * Sends a limit probe's positive control: first waits until the limiters of its path have refilled (a refusal
   * waited out, a partly spent quota reset), then as {@link #sendPaced}.
   *
   * @param request the control
   * @return its answer
   * @throws ProbeException as {@link #send} does
   */
  public HttpExchange sendAfterRefill(ProbeRequest request) {
    awaitRefill(request);
    return sendPaced(request);
  }

  /**
   * Waits, sending nothing, until the limiters of a request's path have refilled: what a limit probe does before
   * its first unpaced request, so that it meets the limiter's whole window.
   *
   * @param request the request about to be sent
   * @throws WaitBudgetSpentException when the wait would pass the scan's wait budget or deadline
   */
  public void awaitRefill(ProbeRequest request) {
    hold(governor.awaitRefill(request));
  }

  /**
   * Keeps an exchange that another check of the session sent as this probe's evidence too, for a shared
   * observation; nothing is sent and nothing is counted.
   *
   * @param exchange the other check's exchange
   */
  public void cite(HttpExchange exchange) {
    evidence.add(() -> ExchangeEvidence.of(exchange, redactor));
  }

  /**
   * Sends a deliberately abusive request (an over-long header, say) as {@link #send} does, and takes a refusal at
   * the transport as its answer: a reset HTTP/2 stream, or a connection closed or reset before an answer, is kept
   * as evidence naming the request and returned, not thrown.
   *
   * @param request what to send
   * @return the HTTP answer or the transport's refusal
   * @throws ProbeException as {@link #send} does when no answer at all came: no connection, no answer in time
   */
  public AbusiveAnswer sendAbusive(ProbeRequest request) {
    return abusive(request, () -> send(request));
  }

  /**
   * Sends a deliberately abusive upload (an oversize file) as {@link #upload} does, and takes a refusal at the
   * transport as its answer, as {@link #sendAbusive} does: a server that closes the connection while the oversize
   * body is still being written refused it.
   *
   * @param request the method, URL and headers (a token); its own body is ignored
   * @param file the file part
   * @return the HTTP answer or the transport's refusal, kept as evidence either way
   * @throws ProbeException as {@link #upload} does when no answer at all came: no connection, no answer in time
   */
  public AbusiveAnswer uploadAbusive(ProbeRequest request, FormFile file) {
    return abusive(request, () -> upload(request, file));
  }

  private AbusiveAnswer abusive(ProbeRequest request, Supplier<HttpExchange> exchange) {
    try {
      return new AbusiveAnswer(request, Optional.of(exchange.get()), Optional.empty());
    } catch (ProbeException e) {
      Optional<String> refusal = transportRefusal(e.getCause());
      if (refusal.isEmpty()) {
        throw e;
      }
      AbusiveAnswer refused = new AbusiveAnswer(request, Optional.empty(), refusal);
      StringBuilder detail = new StringBuilder();
      for (HttpHeader h : request.headers().lines()) {
        String value = redactor.header(h.name(), h.value());
        detail.append("> ").append(h.name()).append(": ")
            .append(value.length() > 64 ? value.substring(0, 64) + "... (" + value.length() + " characters)" : value)
            .append('\n');
      }
      detail.append("< (no HTTP answer: ").append(refusal.get()).append(')');
      evidence.add(new Evidence(redactor.text(refused.summary()), detail.toString()));
      return refused;
    }
  }

  /** @return how the transport refused, for a reset stream or a connection closed or reset; empty otherwise */
  static Optional<String> transportRefusal(Throwable cause) {
    if (cause != null && cause.getClass().getSimpleName().equals("StreamResetException")) {
      return Optional.of("the server reset the HTTP/2 stream (" + cause.getMessage() + ")");
    }
    if (!(cause instanceof IOException) || cause instanceof InterruptedIOException
        || cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof SSLException) {
      return Optional.empty();
    }
    return Optional.of("the server closed the connection before answering (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
  }

  /** @return the limiters' refusals this probe waited out, in order (they are in the evidence too) */
  public List<HttpExchange> refusalsWaitedOut() {
    return List.copyOf(refusals);
  }

  /** @return the session's request governor, which counts logins for the report */
  public RequestGovernor governor() {
    return governor;
  }

  /** @return how this probe treats a rate limiter's refusal */
  public LimitedResponses limitedResponses() {
    return limitedResponses;
  }

  private void hold(Duration held) {
    heldNanos.addAndGet(held.toNanos());
  }

  private HttpExchange exchange(ProbeRequest request, boolean countsInBudget) {
    Duration remaining = admit(request, countsInBudget);
    return execute(request, toOkHttp(request), remaining);
  }

  private HttpExchange execute(ProbeRequest request, Request okRequest, Duration remaining) {
    Call call = httpClient.client().newCall(okRequest);
    call.timeout().timeout(exchangeTimeout(remaining).toMillis(), TimeUnit.MILLISECONDS);
    Instant start = clock.instant();
    try (Response response = call.execute()) {
      BoundedBody body = readBounded(response.body());
      HttpExchange exchange = new HttpExchange(request, response.code(), response.protocol().toString(),
          headers(response.headers()), body.text(), body.truncated(), start,
          Duration.between(start, clock.instant()));
      record(exchange);
      return exchange;
    } catch (IOException e) {
      String description = describe(request, e, remaining);
      governor.noAnswer(request.url(), description, e instanceof InterruptedIOException);
      throw new ProbeException(description, e);
    }
  }

  /** @return the bound of one whole exchange: the target's timeout, or less when the deadline is nearer */
  Duration exchangeTimeout(Duration remaining) {
    return remaining.compareTo(target.timeout()) < 0 ? remaining : target.timeout();
  }

  /**
   * Sends a {@code multipart/form-data} body with one file part, streaming the file's content as the request goes
   * out (never buffered whole), within the same bounds as {@link #send}: with {@link LimitedResponses#WAIT_OUT} a
   * rate limiter's refusal is waited out and the file sent again, written anew.
   *
   * @param request the method, URL and headers (a token); its own body is ignored
   * @param file the file part
   * @return the exchange, recorded as evidence with the multipart {@code Content-Type} among its request headers
   * @throws ProbeException as {@link #send} does, and when the connection fails while the file is written
   */
  public HttpExchange upload(ProbeRequest request, FormFile file) {
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(file.field(), file.fileName(), new StreamedFile(file))
        .build();
    ProbeRequest.Builder recorded = ProbeRequest.builder(request.method(), request.url());
    request.headers().lines().forEach(h -> recorded.header(h.name(), h.value()));
    recorded.header("Content-Type", body.contentType().toString());
    ProbeRequest sent = recorded.build();
    Request okRequest = toOkHttp(request).newBuilder().method(request.method(), body).build();
    if (limitedResponses != LimitedResponses.WAIT_OUT) {
      return execute(sent, okRequest, admit(sent));
    }
    hold(governor.pace(sent));
    HttpExchange first = execute(sent, okRequest, admit(sent));
    return waitOutRefusals(sent, first, () -> execute(sent, okRequest, admit(sent, false)));
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
    hold(governor.pace(request));
    Duration remaining = admit(request);
    WebSocketHandshake handshake = WebSocketHandshaker.attempt(httpClient.client(), request,
        exchangeTimeout(remaining));
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

  /**
   * @return the time left before this probe's deadline, which moves out by the time the governor held its requests
   *     back for rate limiters; zero once it has passed
   */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), deadline.plusNanos(heldNanos.get()));
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
    return admit(request, true);
  }

  private Duration admit(ProbeRequest request, boolean countsInBudget) {
    requireOnTarget(request.url());
    if (countsInBudget && sent.incrementAndGet() > limits.maxRequests()) {
      throw new ProbeException("request budget of " + limits.maxRequests() + " requests is spent; "
          + "not sending " + redactor.text(request.toString()));
    }
    Duration remaining = remaining();
    if (remaining.isZero()) {
      throw new ProbeException("deadline of " + limits.deadline().toSeconds() + " s passed; not sending "
          + redactor.text(request.toString()));
    }
    governor.admitted(request);
    return remaining;
  }

  /** A file part whose bytes are written straight to the connection. */
  private static final class StreamedFile extends RequestBody {
    private final FormFile file;

    StreamedFile(FormFile file) {
      this.file = file;
    }

    @Override
    public MediaType contentType() {
      return MediaType.parse(file.mediaType());
    }

    @Override
    public long contentLength() {
      return file.length();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      file.content().writeTo(sink.outputStream());
    }
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

  void requireOnTarget(URI url) {
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
    RequestBody body = request.sendsBody()
        ? RequestBody.create(request.body(), request.contentType() == null ? null : MediaType.parse(request.contentType()))
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

  String describe(ProbeRequest request, IOException e, Duration remaining) {
    String what = redactor.text(request.toString());
    if (e instanceof ConnectException) {
      return what + " failed: connection refused (" + e.getMessage() + "); is the stack running?";
    }
    if (e instanceof UnknownHostException) {
      return what + " failed: unknown host " + e.getMessage();
    }
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException
        && remaining.compareTo(target.timeout()) >= 0) {
      return what + " failed: no answer within the timeout of " + target.timeout().toMillis()
          + " ms";
    }
    if (e instanceof InterruptedIOException) {
      return what + " failed: no answer within the check's remaining deadline of " + remaining.toMillis() + " ms";
    }
    if (e instanceof SSLException ssl) {
      return what + " failed: TLS handshake failed: "
          + UntrustedChain.describe(ssl, request.url()).orElse(FailureText.of(e));
    }
    return what + " failed: " + FailureText.of(e, target.timeout());
  }

  /** Keeps an exchange that an engine of this package sent after {@link #admit}, as evidence rendered when read. */
  void record(HttpExchange exchange) {
    governor.observe(exchange);
    evidence.add(() -> ExchangeEvidence.of(exchange, redactor));
  }

  /** @return the target's trust, for the engines of this package that open their own TLS connections */
  TargetTrust trust() {
    return httpClient.trust();
  }

  /** @return the shared client this probe sends with, for the engines of this package that keep their own pools */
  OkHttpClient client() {
    return httpClient.client();
  }
}
