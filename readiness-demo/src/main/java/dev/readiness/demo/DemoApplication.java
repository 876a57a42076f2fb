package dev.readiness.demo;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Handler;

/**
 * The demo API as one handler tree: the routes, wrapped in the plain-HTTP redirect unless
 * {@link Misconfiguration#NO_HTTPS_REDIRECT} is on, wrapped in the security headers. A new endpoint is one
 * {@link Route} here and one handler class.
 */
final class DemoApplication {

  private DemoApplication() {}

  static SecurityHeaders handler(StackSettings settings, IntSupplier httpsPort) {
    IssuedTokens tokens = new IssuedTokens(settings);
    LoginThrottle throttle = new LoginThrottle(java.time.Clock.systemUTC());
    Router router = new Router(List.of(
        Route.get(Endpoints.HOME, new HomePageHandler()),
        Route.get(Endpoints.HEALTH, new HealthHandler(settings)),
        Route.post(Endpoints.LOGIN, new LoginHandler(tokens, throttle, settings)),
        Route.post(Endpoints.REFRESH, new RefreshHandler(tokens)),
        Route.get(Endpoints.ROOMS, new RequireBearerToken(tokens, settings, new RoomsHandler())),
        Route.post(Endpoints.FILES, new RequireBearerToken(tokens, settings, new UploadHandler()))));
    Handler application = settings.has(Misconfiguration.NO_HTTPS_REDIRECT)
        ? router
        : new PlainHttpRedirect(httpsPort, router);
    return new SecurityHeaders(settings, application);
  }
}
