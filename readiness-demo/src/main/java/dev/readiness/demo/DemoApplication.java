package dev.readiness.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
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
    IssuedTokens tokens = new IssuedTokens(settings);
    LoginThrottle throttle = new LoginThrottle(java.time.Clock.systemUTC());
    List<Route> routes = new ArrayList<>(List.of(
        Route.get(Endpoints.HOME, new HomePageHandler(settings)),
        Route.get(Endpoints.HEALTH, new HealthHandler(settings)),
        Route.post(Endpoints.LOGIN, errorPages(settings, new LoginHandler(tokens, throttle, settings))),
        Route.post(Endpoints.REFRESH, new RefreshHandler(tokens)),
        Route.get(Endpoints.ROOMS,
            new ApiRateLimiter(settings, new RequireBearerToken(tokens, settings, new RoomsHandler()))),
        Route.post(Endpoints.FILES,
            new RequireBearerToken(tokens, settings, errorPages(settings, new UploadHandler(settings))))));
    if (settings.has(Misconfiguration.DOTENV_EXPOSED)) {
      routes.add(Route.get(Endpoints.DOTENV, new StaticContent("text/plain; charset=utf-8", StaticContent.DOTENV)));
    }
    if (settings.has(Misconfiguration.DEBUG_ENDPOINTS)) {
      routes.add(Route.get(Endpoints.DOCS, new StaticContent("text/html; charset=utf-8", StaticContent.SWAGGER_UI)));
      routes.add(Route.get(Endpoints.OPENAPI, new StaticContent("application/json", StaticContent.OPENAPI)));
    }
    Router router = new Router(routes);
    EngineIoSocket socket = new EngineIoSocket(settings, tokens);
    boolean plainSocket = settings.has(Misconfiguration.WEBSOCKET_PLAINTEXT);
    Handler app = new CrossOrigin(settings, plainSocket ? router : webSocket(server, socket, router));
    Handler application = settings.has(Misconfiguration.NO_HTTPS_REDIRECT)
        ? app
        : new PlainHttpRedirect(httpsPort, app);
    return new SecurityHeaders(settings, plainSocket ? webSocket(server, socket, application) : application);
  }

  /** The WebSocket upgrade at {@link EngineIoSocket#PATH}; other requests go on to {@code next}. */
  private static Handler webSocket(Server server, EngineIoSocket socket, Handler next) {
    WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server,
        container -> container.addMapping(EngineIoSocket.PATH, socket));
    upgrade.setHandler(next);
    return upgrade;
  }

  private static Request.Handler errorPages(StackSettings settings, Request.Handler endpoint) {
    return settings.has(Misconfiguration.STACK_TRACES) ? new DevelopmentErrorPage(endpoint) : endpoint;
  }
}
