package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.cors.OriginVariant.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The pure verdicts of the six {@code cors.*} checks on one set of {@link CorsObservations}. Each fault is owned by
 * one check where that keeps every PASS message true: {@code *} with credentials belongs to
 * {@code cors.credentials} (a warning of {@code cors.wildcard}), and {@code cors.null-origin} and
 * {@code cors.bypass} look for their origin named exactly, not for {@code *}. A stack that echoes any origin fails
 * {@code cors.reflection} and also {@code cors.bypass}, whose look-alikes it accepts: "every look-alike was
 * refused" would be false.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsPolicy {

  private static final String VARY_FIX = "Add Vary: Origin to every response whose Access-Control-Allow-Origin "
      + "depends on the request's Origin, so caches do not serve one origin's answer to another";

  private CorsPolicy() {}

  /**
   * {@code cors.allowed}: each configured origin is granted by at least one of its responses.
   *
   * @param observations what the probe saw
   * @return a failure per refused origin, and a warning per echo without {@code Vary: Origin}
   */
  public static List<Finding> allowed(CorsObservations observations) {
    List<Finding> findings = new ArrayList<>();
    for (String origin : observations.allowedOrigins()) {
      List<CorsResponse> responses = observations.of(Kind.ALLOWED).stream()
          .filter(r -> r.variant().origin().equals(origin)).toList();
      if (responses.stream().noneMatch(r -> r.headers().grants(origin))) {
        CorsResponse first = responses.get(0);
        String why = first.headers().allowOriginInvalid()
            ? "Access-Control-Allow-Origin must hold exactly one origin; a list or repeated header grants nothing"
            : "the configured allowed origin " + origin + " is refused";
        findings.add(Finding.fail(first.describe() + ": " + why,
            "Answer requests from " + origin + " with Access-Control-Allow-Origin: " + origin
                + " and Vary: Origin, or remove it from cors.allowedOrigins"));
      }
    }
    findings.addAll(varyWarnings(observations.of(Kind.ALLOWED)));
    return findings;
  }

  /** @return true when every configured origin is granted: the control {@code cors.bypass} relies on */
  public static boolean controlHolds(CorsObservations observations) {
    return !observations.allowedOrigins().isEmpty() && allowed(observations).stream().noneMatch(Finding::isBlocking);
  }

  /** {@code cors.wildcard}: {@code Access-Control-Allow-Origin: *} is not sent unless the API is public. */
  public static List<Finding> wildcard(CorsObservations observations) {
    if (observations.isPublic()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (CorsResponse response : observations.responses()) {
      if (response.headers().isWildcard() && response.headers().allowCredentials()) {
        findings.add(Finding.warning(response.describe() + ": any website may read it without credentials; "
            + "cors.credentials reports the credentials", wildcardFix()));
      } else if (response.headers().isWildcard()) {
        findings.add(Finding.fail(response.describe() + ": any website may read this response, and the profile "
            + "does not declare the API public", wildcardFix()));
      }
    }
    return findings;
  }

  /** {@code cors.reflection}: a random foreign origin is not named in {@code Access-Control-Allow-Origin}. */
  public static List<Finding> reflection(CorsObservations observations) {
    List<Finding> findings = new ArrayList<>();
    for (CorsResponse response : observations.of(Kind.FOREIGN)) {
      if (response.echoes()) {
        findings.add(Finding.fail(response.describe() + ": the stack echoes an arbitrary Origin, so any website "
            + "may read its responses" + withCredentials(response),
            "Allow only the configured origins: compare Origin with an explicit list and omit "
                + "Access-Control-Allow-Origin for any other"));
      }
    }
    findings.addAll(varyWarnings(observations.of(Kind.FOREIGN)));
    return findings;
  }

  /** {@code cors.null-origin}: {@code Origin: null} is not named in {@code Access-Control-Allow-Origin}. */
  public static List<Finding> nullOrigin(CorsObservations observations) {
    List<Finding> findings = new ArrayList<>();
    for (CorsResponse response : observations.of(Kind.NULL)) {
      if (response.echoes()) {
        findings.add(Finding.fail(response.describe() + ": any sandboxed iframe or data: URL sends Origin: null, "
            + "so any website may read this response" + withCredentials(response),
            "Never allow the origin null: remove it from the allowed origins"));
      }
    }
    return findings;
  }

  /**
   * {@code cors.bypass}: no look-alike of an allowed origin is named in {@code Access-Control-Allow-Origin}, also
   * when the stack echoes every origin. The caller checks {@link #controlHolds} first.
   */
  public static List<Finding> bypass(CorsObservations observations) {
    boolean reflectsAnything = observations.of(Kind.FOREIGN).stream().anyMatch(CorsResponse::echoes);
    List<Finding> findings = new ArrayList<>();
    for (CorsResponse response : observations.responses()) {
      if (!response.variant().kind().isLookAlike() || !response.echoes()) {
        continue;
      }
      String what = response.describe() + ": " + response.variant().origin() + " is a look-alike ("
          + response.variant().kind().label() + ") of the allowed origin " + response.variant().source();
      String fix = "Compare Origin with the configured origins by exact string equality, never with endsWith, "
          + "startsWith, contains or an unanchored regular expression";
      findings.add(Finding.fail(what + " and is accepted" + withCredentials(response)
          + (reflectsAnything ? "; the stack echoes any origin (cors.reflection reports that too)" : ""), fix));
    }
    return findings;
  }

  /**
   * {@code cors.credentials}: {@code Access-Control-Allow-Credentials: true} never goes with {@code *} or with an
   * origin that is not configured.
   */
  public static List<Finding> credentials(CorsObservations observations) {
    List<Finding> findings = new ArrayList<>();
    for (CorsResponse response : observations.responses()) {
      CorsHeaders headers = response.headers();
      if (!headers.allowCredentials()) {
        continue;
      }
      if (headers.isWildcard()) {
        findings.add(Finding.fail(response.describe() + ": credentials with * are refused by browsers and show "
            + "the stack means to share credentialed responses with any origin",
            "Send Access-Control-Allow-Credentials: true only together with one configured origin, never with *"));
      } else if (response.echoes() && response.variant().kind() != Kind.ALLOWED) {
        findings.add(Finding.fail(response.describe() + ": a website at " + response.variant().origin()
            + ", which is not a configured origin, may read responses with the user's cookies",
            "Send Access-Control-Allow-Credentials: true only to the configured origins"));
      }
    }
    return findings;
  }

  private static List<Finding> varyWarnings(List<CorsResponse> responses) {
    Optional<CorsResponse> unvaried = responses.stream()
        .filter(r -> r.echoes() && !r.headers().variesByOrigin())
        .findFirst();
    return unvaried.map(r -> List.of(Finding.warning(r.describe() + " but no Vary: Origin", VARY_FIX)))
        .orElse(List.of());
  }

  private static String withCredentials(CorsResponse response) {
    return response.headers().allowCredentials() ? ", with the user's cookies (Access-Control-Allow-Credentials: "
        + "true)" : "";
  }

  private static String wildcardFix() {
    return "Replace Access-Control-Allow-Origin: * with the configured origins, or declare cors.public: true when "
        + "the API is meant to be public";
  }
}
