package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Cors;
import dev.readiness.profile.StackProfile;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;

/**
 * Sends a plain {@code GET} of the home path without an {@code Origin} (the {@link CorsControl}), then every origin
 * of {@link OriginVariants} to the home path and, when configured, the protected path, each as
 * a simple {@code GET} and as a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method: POST} and
 * {@code Access-Control-Request-Headers: Authorization}). No redirect is followed. The run happens once per
 * session and is shared by the six {@code cors.*} checks.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsProbe {

  /** The key of the shared observations in {@link dev.readiness.check.SharedResources}. */
  public static final String SHARED_KEY = "cors.observations";

  /** Enough for four allowed origins with all their look-alikes on two paths. */
  public static final ProbeLimits LIMITS = new ProbeLimits(160, Duration.ofSeconds(60));

  private CorsProbe() {}

  /**
   * @param context the run of a {@code cors.*} check; its probe sends the requests the first time
   * @return the observations of this session, probed once
   */
  public static CorsObservations shared(CheckContext context) {
    return context.shared().computeIfAbsent(SHARED_KEY, CorsObservations.class,
        () -> run(context.http(), context.profile()));
  }

  /**
   * Probes the target.
   *
   * @param http the bounded probe
   * @param profile the profile: allowed origins, {@code cors.public}, home and protected paths
   * @return what came back
   */
  @API(status = Status.INTERNAL, since = "0.1")
  public static CorsObservations run(HttpProbe http, StackProfile profile) {
    List<String> allowed = profile.cors().map(Cors::allowedOrigins).orElse(List.of());
    boolean isPublic = profile.cors().map(Cors::isPublic).orElse(false);
    List<URI> urls = new ArrayList<>();
    urls.add(http.resolve(profile.paths().home()));
    profile.paths().protectedPath().map(http::resolve).ifPresent(urls::add);
    ProbeRequest plain = ProbeRequest.get(urls.get(0));
    CorsControl control = new CorsControl(plain.toString(), http.send(plain).status());
    List<CorsResponse> responses = new ArrayList<>();
    for (OriginVariant variant : OriginVariants.all(allowed, new SecureRandom())) {
      for (URI url : urls) {
        responses.add(observe(http, variant, false,
            ProbeRequest.builder("GET", url).header("Origin", variant.origin()).build()));
        responses.add(observe(http, variant, true, ProbeRequest.builder("OPTIONS", url)
            .header("Origin", variant.origin())
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "Authorization")
            .build()));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(CorsMatrix.of(responses));
    evidence.addAll(http.evidence());
    return new CorsObservations(control, allowed, isPublic, responses, evidence);
  }

  private static CorsResponse observe(HttpProbe http, OriginVariant variant, boolean preflight,
      ProbeRequest request) {
    HttpExchange exchange = http.send(request);
    return new CorsResponse(variant, preflight, request.toString(), exchange.status(),
        CorsHeaders.parse(exchange.headers()));
  }
}
