package dev.readiness.demo;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The demo API as one handler tree: the routes, with the WebSocket upgrade of {@link EngineIoSocket} (HTTPS only, unless
 * {@link Misconfiguration#WEBSOCKET_PLAINTEXT} puts it before the redirect), wrapped in the CORS policy
 * ({@link CrossOrigin}), in the plain-HTTP redirect unless
 * {@link Misconfiguration#NO_HTTPS_REDIRECT} is on, wrapped in the security headers. A new endpoint is one
 * {@link Route} here and one handler class.
 */
final class DemoApplication {

  private DemoApplication() {}

  static SecurityHeaders handler(Server server, StackSettings settings, IntSupplier httpsPort) {
    IssuedTokens tokens = new IssuedTokens();
    Router router = new Router(List.of(
        Route.get(Endpoints.HOME, new HomePageHandler()),
        Route.get(Endpoints.HEALTH, new HealthHandler(settings)),
        Route.post(Endpoints.LOGIN, new LoginHandler(tokens)),
        Route.post(Endpoints.REFRESH, new RefreshHandler(tokens)),
        Route.get(Endpoints.ROOMS, new ApiRateLimiter(settings, new RequireBearerToken(tokens, new RoomsHandler()))),
        Route.post(Endpoints.FILES, new RequireBearerToken(tokens, new UploadHandler()))));
    EngineIoSocket socket = new EngineIoSocket(settings, tokens);
    boolean plainSocket = settings.has(Misconfiguration.WEBSOCKET_PLAINTEXT);
    Handler routes = new CrossOrigin(settings, plainSocket ? router : webSocket(server, socket, router));
    Handler application = settings.has(Misconfiguration.NO_HTTPS_REDIRECT)
        ? routes
        : new PlainHttpRedirect(httpsPort, routes);
    return new SecurityHeaders(settings, plainSocket ? webSocket(server, socket, application) : application);
  }

  /** The WebSocket upgrade at {@link EngineIoSocket#PATH}; other requests go on to {@code next}. */
  private static Handler webSocket(Server server, EngineIoSocket socket, Handler next) {
    WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server,
        container -> container.addMapping(EngineIoSocket.PATH, socket));
    upgrade.setHandler(next);
    return upgrade;
  }
}
