package dev.readiness.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.WebSocketHandshake;
import dev.readiness.profile.WebSocketSettings;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code websocket.auth}: when the endpoint is declared protected, a handshake without credentials is refused. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebSocketAuthCheck extends WebSocketCheck {

  /** The catalogue id. */
  public static final String ID = "websocket.auth";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "WebSocket requires credentials";
  }

  @Override
  Optional<Outcome> precondition(CheckContext context, WebSocketSettings settings) {
    return settings.isProtected() ? Optional.empty()
        : Optional.of(Outcome.skipped("websocket.protected is not true in the stack profile, so anonymous "
            + "handshakes are allowed"));
  }

  @Override
  Attempt attempt(CheckContext context, Endpoint endpoint) {
    return new Attempt(endpoint.handshake(context.target().url(), endpoint.origin(), false), " without credentials");
  }

  @Override
  List<Finding> judge(Attempt attempt) {
    return WebSocketPolicy.anonymousRefused(attempt.handshake());
  }

  @Override
  String passMessage(WebSocketHandshake control, WebSocketHandshake attempt) {
    return control.summary() + " opened with a bearer token and was " + WebSocketPolicy.refusal(attempt)
        + " without one";
  }
}
