package dev.readiness.websocket;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.WebSocketHandshake;
import dev.readiness.profile.Auth;
import dev.readiness.profile.Cors;
import dev.readiness.profile.Login;
import dev.readiness.profile.WebSocketSettings;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The shape the three {@code websocket.*} checks share: the endpoint from {@code websocket.path}, a legitimate
 * {@code Origin} (the first of {@code cors.allowedOrigins}, else the target's own), a login token when the endpoint
 * is protected, and the positive control: the {@code wss://} handshake with all of these must open. Then each check
 * makes the one handshake that must not open; an answer that is no refusal ({@link WebSocketPolicy#unjudgeable})
 * makes the check ERROR, never PASS.
 */
abstract class WebSocketCheck implements Check {

  @Override
  public final Category category() {
    return Category.WEBSOCKET;
  }

  @Override
  public final Outcome run(CheckContext context) {
    Optional<WebSocketSettings> settings = context.profile().websocket();
    if (settings.isEmpty()) {
      return Outcome.skipped("websocket.path is not configured in the stack profile, so there is no WebSocket "
          + "endpoint to probe");
    }
    Optional<Outcome> early = precondition(context, settings.get());
    if (early.isPresent()) {
      return early.get();
    }
    Optional<Login> login = context.profile().auth().flatMap(Auth::login);
    if (settings.get().isProtected() && (login.isEmpty() || login.get().accessToken().isEmpty())) {
      return Outcome.skipped("websocket.protected is true but auth.login (with its accessToken pointer) is not "
          + "configured, so no handshake can carry credentials");
    }
    URI target = context.target().url();
    if (!"https".equalsIgnoreCase(target.getScheme())) {
      return Outcome.error("target.url " + target + " is not https, so there is no wss:// endpoint to control",
          List.of());
    }
    HttpProbe http = context.http();
    Optional<String> token = settings.get().isProtected()
        ? Optional.of(LoginToken.obtain(http, login.get(), login.get().accessToken().get()))
        : Optional.empty();
    Endpoint endpoint = new Endpoint(http, settings.get().path(), legitimateOrigin(context), token);
    WebSocketHandshake control = endpoint.handshake(target, endpoint.origin(), true);
    if (!control.opened()) {
      return Outcome.error("the positive control failed: " + control.summary() + " with Origin: "
          + endpoint.origin() + (token.isPresent() ? " and a bearer token" : "") + " did not open, so a refused "
          + "handshake would prove nothing", http.evidence());
    }
    Optional<Outcome> skip = skipAfterControl(context);
    if (skip.isPresent()) {
      return skip.get();
    }
    Attempt attempt = attempt(context, endpoint);
    Optional<String> unjudgeable = WebSocketPolicy.unjudgeable(attempt.handshake(), attempt.sent());
    if (unjudgeable.isPresent()) {
      return Outcome.error(unjudgeable.get(), http.evidence());
    }
    return Outcome.of(passMessage(control, attempt.handshake()), judge(attempt), http.evidence());
  }

  /** @return a skip before anything is sent; empty to go on */
  Optional<Outcome> precondition(CheckContext context, WebSocketSettings settings) {
    return Optional.empty();
  }

  /** @return a skip once the control held; empty to go on */
  Optional<Outcome> skipAfterControl(CheckContext context) {
    return Optional.empty();
  }

  /** @return the handshake that must not open, after the control opened */
  abstract Attempt attempt(CheckContext context, Endpoint endpoint);

  /** @return the findings about an attempt that got a judgeable answer */
  abstract List<Finding> judge(Attempt attempt);

  /** @return what held, when {@link #judge} finds nothing blocking */
  abstract String passMessage(WebSocketHandshake control, WebSocketHandshake attempt);

  private static String legitimateOrigin(CheckContext context) {
    Optional<String> configured = context.profile().cors().map(Cors::allowedOrigins)
        .flatMap(origins -> origins.stream().findFirst());
    URI url = context.target().url();
    return configured.orElse(url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort()));
  }

  /**
   * The handshake a check judges.
   *
   * @param handshake what it got
   * @param sent how it differs from the control, completing its summary ({@code " without credentials"})
   */
  record Attempt(WebSocketHandshake handshake, String sent) {}

  /** The WebSocket endpoint and the headers a legitimate client sends. */
  record Endpoint(HttpProbe http, String path, String origin, Optional<String> token) {

    /**
     * @param base the listener ({@code https://} or {@code http://}), turned into {@code wss://} or {@code ws://}
     * @param originHeader the {@code Origin} to send
     * @param withToken whether to send the bearer token (when there is one)
     */
    WebSocketHandshake handshake(URI base, String originHeader, boolean withToken) {
      String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
      URI http = base.resolve(path);
      URI url = URI.create(scheme + http.toString().substring(http.getScheme().length()));
      ProbeRequest.Builder request = ProbeRequest.builder("GET", url).header("Origin", originHeader);
      if (withToken) {
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
      }
      return http().handshake(request.build());
    }
  }
}
