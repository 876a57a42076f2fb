package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.cors.OriginVariant.Kind;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Generates the origins a CORS probe sends: each configured origin (control), its look-alikes for every bypass
 * class of the catalogue, a random foreign origin {@code https://<random>.example} and {@code null}.
 * A look-alike that happens to equal a configured origin is never produced.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OriginVariants {

  private static final String EVIL = "evil";
  private static final String FOREIGN_DOMAIN = ".example";

  private OriginVariants() {}

  /**
   * @param allowed the configured allowed origins, each {@code scheme://host[:port]}
   * @param random the source of the foreign origin's random label
   * @return the variants in a stable order: allowed, look-alikes per allowed origin, foreign, {@code null}
   */
  public static List<OriginVariant> all(List<String> allowed, RandomGenerator random) {
    List<OriginVariant> variants = new ArrayList<>();
    allowed.forEach(origin -> variants.add(new OriginVariant(Kind.ALLOWED, origin, origin)));
    for (String origin : allowed) {
      lookAlikes(origin).forEach((kind, value) -> {
        if (!allowed.contains(value)) {
          variants.add(new OriginVariant(kind, value, origin));
        }
      });
    }
    variants.add(new OriginVariant(Kind.FOREIGN, foreign(random), ""));
    variants.add(new OriginVariant(Kind.NULL, "null", ""));
    return variants;
  }

  /**
   * @param origin an allowed origin, {@code scheme://host[:port]}
   * @return its look-alike per bypass class; a class that does not apply to the host (an IP address has no dot
   *     to replace by a letter in a meaningful way, a one-letter host no substring) is left out
   */
  public static Map<Kind, String> lookAlikes(String origin) {
    URI uri = URI.create(origin);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    Map<Kind, String> variants = new LinkedHashMap<>();
    variants.put(Kind.SUFFIX, scheme + "://" + EVIL + host + port);
    variants.put(Kind.PREFIX, scheme + "://" + host + "." + EVIL + FOREIGN_DOMAIN + port);
    int dot = host.indexOf('.');
    if (dot > 0) {
      variants.put(Kind.UNESCAPED_DOT, scheme + "://" + host.substring(0, dot) + "x" + host.substring(dot + 1) + port);
    }
    if (host.length() > 1) {
      variants.put(Kind.SUBSTRING, scheme + "://" + host.substring(0, host.length() - 1) + port);
    }
    variants.put(Kind.ANY_SUBDOMAIN, scheme + "://" + EVIL + "." + host + port);
    if (scheme.equals("https")) {
      variants.put(Kind.SCHEME_HTTP, "http://" + host + port);
    }
    return variants;
  }

  /** @return {@code https://<12 random lower-case letters>.example} */
  public static String foreign(RandomGenerator random) {
    StringBuilder label = new StringBuilder("readiness-");
    for (int i = 0; i < 12; i++) {
      label.append((char) ('a' + random.nextInt(26)));
    }
    return "https://" + label + FOREIGN_DOMAIN;
  }
}
