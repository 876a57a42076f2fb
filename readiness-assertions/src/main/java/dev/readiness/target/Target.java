package dev.readiness.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The running stack under test: its HTTPS base URL, an optional plain-HTTP URL, extra trust anchors
 * and the per-request timeout.
 *
 * <p>A target is immutable and validated on construction: URLs pass {@link HttpUrl#parse} (absolute {@code http}
 * or {@code https} URLs with a host, a valid port and no user information), and the timeout is positive. Probes send traffic only to the hosts
 * this target names ({@link #hosts()}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Target {

  /** Per-request timeout when none is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final URI url;
  private final URI httpUrl;
  private final List<X509Certificate> trustAnchors;
  private final Duration timeout;

  private Target(Builder builder) {
    this.url = requireHttpUrl("target.url", builder.url);
    this.httpUrl = builder.httpUrl == null ? null : requireHttpUrl("target.httpUrl", builder.httpUrl);
    this.trustAnchors = List.copyOf(builder.trustAnchors);
    this.timeout = Objects.requireNonNull(builder.timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("target.timeout: must be positive, was " + timeout);
    }
  }

  /**
   * A target with only a base URL and default settings.
   *
   * @param url absolute {@code https://} (or {@code http://}) URL, for example {@code https://localhost:8443}
   * @return the target
   * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) URL with a host
   */
  public static Target of(String url) {
    return builder().url(url).build();
  }

  /** @return a builder for a target */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the base URL, usually HTTPS */
  public URI url() {
    return url;
  }

  /** @return the plain-HTTP listener, when configured (used by {@code https.redirect}) */
  public Optional<URI> httpUrl() {
    return Optional.ofNullable(httpUrl);
  }

  /** @return extra trust anchors, trusted in addition to the JDK's trust store; never null */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /** @return the per-request timeout */
  public Duration timeout() {
    return timeout;
  }

  /** @return true when the base URL uses HTTPS */
  public boolean isHttps() {
    return "https".equals(url.getScheme());
  }

  /** @return the host names (lower case) that probes may send traffic to */
  public Set<String> hosts() {
    Set<String> hosts = new TreeSet<>();
    hosts.add(url.getHost().toLowerCase(java.util.Locale.ROOT));
    if (httpUrl != null) {
      hosts.add(httpUrl.getHost().toLowerCase(java.util.Locale.ROOT));
    }
    return hosts;
  }

  /**
   * Resolves a path (or an absolute URL on this target) against the base URL.
   *
   * @param pathOrUrl a path such as {@code /health}, or an absolute URL
   * @return the absolute URI
   * @throws IllegalArgumentException naming the input when it cannot be parsed
   */
  public URI resolve(String pathOrUrl) {
    try {
      return url.resolve(pathOrUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid path or URL: '" + pathOrUrl + "'", e);
    }
  }

  /** @return a builder initialised with this target's settings */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.url = url.toString();
    b.httpUrl = httpUrl == null ? null : httpUrl.toString();
    b.trustAnchors.addAll(trustAnchors);
    b.timeout = timeout;
    return b;
  }

  @Override
  public String toString() {
    return url + (httpUrl == null ? "" : " (+" + httpUrl + ")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Target t
        && url.equals(t.url)
        && Objects.equals(httpUrl, t.httpUrl)
        && trustAnchors.equals(t.trustAnchors)
        && timeout.equals(t.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, httpUrl, trustAnchors, timeout);
  }

  private static URI requireHttpUrl(String key, String value) {
    Objects.requireNonNull(value, key + " is required");
    try {
      return HttpUrl.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  /** Builds a {@link Target}; {@link #build()} validates. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private String url;
    private String httpUrl;
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    /** @param url the base URL; @return this builder */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** @param httpUrl the plain-HTTP listener, or null; @return this builder */
    public Builder httpUrl(String httpUrl) {
      this.httpUrl = httpUrl;
      return this;
    }

    /** @param anchor a certificate trusted in addition to the JDK's trust store; @return this builder */
    public Builder trust(X509Certificate anchor) {
      trustAnchors.add(Objects.requireNonNull(anchor, "anchor"));
      return this;
    }

    /** @param anchors certificates trusted in addition to the JDK's trust store; @return this builder */
    public Builder trust(List<X509Certificate> anchors) {
      anchors.forEach(this::trust);
      return this;
    }

    /** @param timeout per-request timeout; @return this builder */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * @return the validated target
     * @throws IllegalArgumentException naming the setting that is invalid
     */
    public Target build() {
      return new Target(this);
    }
  }
}
