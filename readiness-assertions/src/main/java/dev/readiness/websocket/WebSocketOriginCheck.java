package dev.readiness.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.cors.OriginVariants;
import dev.readiness.http.WebSocketHandshake;
import java.security.SecureRandom;
import java.util.List;
import org.apiguardian.api.API;

/** {@code websocket.origin}: a handshake with a foreign {@code Origin} is refused. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebSocketOriginCheck extends WebSocketCheck {

  /** The catalogue id. */
  public static final String ID = "websocket.origin";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "WebSocket refuses foreign origins";
  }

  @Override
  Attempt attempt(CheckContext context, Endpoint endpoint) {
    String foreign = OriginVariants.foreign(new SecureRandom());
    return new Attempt(endpoint.handshake(context.target().url(), foreign, true), " with Origin: " + foreign);
  }

  @Override
  List<Finding> judge(Attempt attempt) {
    String foreign = attempt.handshake().request().headers().first("Origin").orElseThrow();
    return WebSocketPolicy.foreignOriginRefused(attempt.handshake(), foreign);
  }

  @Override
  String passMessage(WebSocketHandshake control, WebSocketHandshake attempt) {
    return control.summary() + " opened with an allowed Origin and was " + WebSocketPolicy.refusal(attempt)
        + " with a foreign one";
  }
}
