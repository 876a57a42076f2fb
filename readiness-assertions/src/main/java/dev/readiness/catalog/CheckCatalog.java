package dev.readiness.catalog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.cookies.CookieFlagsCheck;
import dev.readiness.cors.CorsAllowedCheck;
import dev.readiness.cors.CorsBypassCheck;
import dev.readiness.cors.CorsCredentialsCheck;
import dev.readiness.cors.CorsNullOriginCheck;
import dev.readiness.cors.CorsReflectionCheck;
import dev.readiness.cors.CorsWildcardCheck;
import dev.readiness.exposure.DebugEndpointsCheck;
import dev.readiness.exposure.ExposedFilesCheck;
import dev.readiness.headers.ContentTypeOptionsCheck;
import dev.readiness.headers.CspCheck;
import dev.readiness.headers.FrameOptionsCheck;
import dev.readiness.headers.ReferrerPolicyCheck;
import dev.readiness.health.HealthEndpointCheck;
import dev.readiness.hsts.HstsMaxAgeCheck;
import dev.readiness.hsts.HstsPresentCheck;
import dev.readiness.https.HttpsRedirectCheck;
import dev.readiness.leak.BannerCheck;
import dev.readiness.leak.StackTraceCheck;
import dev.readiness.ratelimit.RateLimitApiCheck;
import dev.readiness.ratelimit.RateLimitSignalCheck;
import dev.readiness.repo.ComposePortsCheck;
import dev.readiness.repo.ComposeResourcesCheck;
import dev.readiness.repo.DockerUserCheck;
import dev.readiness.repo.EnvExampleCheck;
import dev.readiness.repo.HealthcheckCheck;
import dev.readiness.repo.PinnedImageCheck;
import dev.readiness.repo.SecretsCheck;
import dev.readiness.tls.CertificateHostnameCheck;
import dev.readiness.tls.CertificateKeyCheck;
import dev.readiness.tls.CertificateSignatureCheck;
import dev.readiness.tls.CertificateTrustCheck;
import dev.readiness.tls.CertificateValidityCheck;
import dev.readiness.tls.TlsCiphersCheck;
import dev.readiness.tls.TlsProtocolsCheck;
import dev.readiness.websocket.WebSocketAuthCheck;
import dev.readiness.websocket.WebSocketOriginCheck;
import dev.readiness.websocket.WebSocketTlsCheck;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Every check the library ships, by its catalogue id, in the order the report lists them. Finding a check by its id
 * takes one call: {@link #require(String)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckCatalog {

  private static final List<Check> ALL = List.of(
      new TlsProtocolsCheck(),
      new TlsCiphersCheck(),
      new CertificateTrustCheck(),
      new CertificateHostnameCheck(),
      new CertificateValidityCheck(),
      new CertificateKeyCheck(),
      new CertificateSignatureCheck(),
      new HttpsRedirectCheck(),
      new HstsPresentCheck(),
      new HstsMaxAgeCheck(),
      new ContentTypeOptionsCheck(),
      new HealthEndpointCheck(),
      new CorsAllowedCheck(),
      new CorsWildcardCheck(),
      new CorsReflectionCheck(),
      new CorsNullOriginCheck(),
      new CorsBypassCheck(),
      new CorsCredentialsCheck(),
      new WebSocketTlsCheck(),
      new WebSocketOriginCheck(),
      new WebSocketAuthCheck(),
      new FrameOptionsCheck(),
      new CspCheck(),
      new ReferrerPolicyCheck(),
      new BannerCheck(),
      new StackTraceCheck(),
      new ExposedFilesCheck(),
      new DebugEndpointsCheck(),
      new CookieFlagsCheck(),
      new dev.readiness.auth.AuthRequiredCheck(),
      new dev.readiness.jwt.JwtLifetimeCheck(),
      new dev.readiness.jwt.JwtAlgorithmCheck(),
      new dev.readiness.jwt.JwtSignatureEnforcedCheck(),
      new dev.readiness.jwt.JwtSecretCheck(),
      new dev.readiness.auth.RefreshRotationCheck(),
      new dev.readiness.auth.SessionLifetimeCheck(),
      new dev.readiness.auth.DefaultCredentialsCheck(),
      new dev.readiness.upload.UploadTypeCheck(),
      new dev.readiness.upload.UploadContentSniffingCheck(),
      new dev.readiness.upload.UploadSizeCheck(),
      new dev.readiness.upload.UploadMalwareCheck(),
      new EnvExampleCheck(),
      new SecretsCheck(),
      new DockerUserCheck(),
      new PinnedImageCheck(),
      new HealthcheckCheck(),
      new ComposeResourcesCheck(),
      new ComposePortsCheck(),
      new dev.readiness.container.ContainerUserCheck(),
      new dev.readiness.container.ContainerPrivilegedCheck(),
      new dev.readiness.load.LoadLatencyCheck(),
      new RateLimitApiCheck(),
      new RateLimitSignalCheck(),
      new dev.readiness.ratelimit.RateLimitLoginCheck(),
      new dev.readiness.logs.LogSecretsCheck(),
      new dev.readiness.resilience.RestartCheck(),
      new dev.readiness.resilience.DependencyDownCheck(),
      new dev.readiness.shutdown.ShutdownGracefulCheck());

  private CheckCatalog() {}

  /** @return every check, in report order */
  public static List<Check> all() {
    return ALL;
  }

  /** @return the check with this id, if the catalogue has it */
  public static Optional<Check> find(String id) {
    return ALL.stream().filter(check -> check.id().equals(id)).findFirst();
  }

  /** @return results sorted into catalogue order (ids the catalogue lacks last), stable otherwise */
  public static List<CheckResult> inReportOrder(List<CheckResult> results) {
    List<String> ids = ALL.stream().map(Check::id).toList();
    return results.stream()
        .sorted(Comparator.comparingInt(r -> ids.contains(r.id()) ? ids.indexOf(r.id()) : ids.size()))
        .toList();
  }

  /**
   * @param id a catalogue id such as {@code hsts.present}
   * @return the check
   * @throws IllegalArgumentException naming the id and the nearest known ids (by edit distance) when there is no
   *     such check
   */
  public static Check require(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(unknownId(id)));
  }

  private static String unknownId(String id) {
    List<String> nearest = NearestIds.to(id, ALL.stream().map(Check::id).toList());
    String all = "docs/checks.md lists all " + ALL.size();
    return "unknown check id '" + id + "'; "
        + (nearest.isEmpty() ? "no known id is close (" + all + ")"
            : "did you mean " + String.join(", ", nearest) + "? (" + all + ")");
  }
}
