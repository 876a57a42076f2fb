package dev.readiness.demo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health}: 200 {@code {"status":"ok"}} at once. {@link Misconfiguration#HEALTH_FAILING} answers 503
 * {@code {"status":"down","db":"unreachable"}}; {@link Misconfiguration#HEALTH_SLOW} answers after
 * {@link #SLOW_DELAY}, scheduled rather than sleeping so no server thread is held.
 */
final class HealthHandler implements Request.Handler {

  private static final Duration SLOW_DELAY = Duration.ofMillis(1500);

  private final StackSettings settings;

  HealthHandler(StackSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (settings.has(Misconfiguration.HEALTH_SLOW)) {
      request.getComponents().getScheduler()
          .schedule(() -> answer(response, callback), SLOW_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      answer(response, callback);
    }
    return true;
  }

  private void answer(Response response, Callback callback) {
    if (settings.has(Misconfiguration.HEALTH_FAILING)) {
      JsonBodies.write(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, new Down("down", "unreachable"));
    } else {
      JsonBodies.write(response, callback, HttpStatus.OK_200, new Up("ok"));
    }
  }

  private record Up(String status) {}

  private record Down(String status, String db) {}
}
