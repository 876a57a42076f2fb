package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Severity;
import dev.readiness.profile.TlsProfile;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The rules the {@code tls.*} checks judge by: accepted protocol versions, which suites are allowed or forbidden,
 * minimum key sizes, forbidden signature hashes and the renewal window. The built-in profiles {@link #INTERMEDIATE}
 * (the default), {@link #MODERN} and {@link #BASELINE} are instances; a team with its own rules builds one with
 * {@link #builder(String)} and puts it in force with {@link #within(Runnable)} (fluent assertions) or by overriding
 * {@code TlsKit.tlsPolicy()} (JUnit).
 *
 * <p>What no policy can relax, because the catalogue makes it the floor of every profile: SSLv2, SSLv3, TLS 1.0 and
 * 1.1 fail (RFC 8996), a server must offer TLS 1.2 or 1.3, and NULL, anonymous, EXPORT, DES, 3DES, RC4, MD5 and
 * under-128-bit suites fail. A policy only adds rules above that floor.
 *
 * <pre>{@code
 * TlsPolicy ours = TlsPolicy.builder("acme")
 *     .protocols(TlsVersion.TLS_1_3)
 *     .allowedSuites("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")
 *     .minimumKeyBits(3072, 384)
 *     .renewalWindow(Duration.ofDays(21))
 *     .build();
 * ours.within(() -> Readiness.assertThat(target).passes("tls.protocols", "tls.ciphers", "tls.certificate.key"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsPolicy {

  /** Mozilla server-side TLS 6.0 "intermediate": TLS 1.2 and 1.3, ECDHE with AES-GCM or ChaCha20 only. */
  public static final TlsPolicy INTERMEDIATE = builder(TlsProfile.INTERMEDIATE.yamlName())
      .protocols(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3).mozillaSuites(Severity.FAIL).build();

  /** Mozilla "modern": TLS 1.3 only, its three suites. */
  public static final TlsPolicy MODERN = builder(TlsProfile.MODERN.yamlName())
      .protocols(TlsVersion.TLS_1_3).mozillaSuites(Severity.FAIL).build();

  /** The hard floor only: what intermediate rejects above the floor is a warning. */
  public static final TlsPolicy BASELINE = builder(TlsProfile.BASELINE.yamlName())
      .protocols(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3).mozillaSuites(Severity.WARNING).build();

  private static final ThreadLocal<TlsPolicy> IN_FORCE = new ThreadLocal<>();

  private final String name;
  private final Set<TlsVersion> protocols;
  private final Optional<Severity> mozillaSuites;
  private final Optional<Set<String>> allowedSuites;
  private final Set<String> forbiddenSuites;
  private final Set<SuiteWeakness> forbiddenWeaknesses;
  private final int minimumRsaBits;
  private final int minimumEcBits;
  private final Set<String> forbiddenSignatureHashes;
  private final Duration renewalWindow;

  private TlsPolicy(Builder b) {
    this.name = b.name;
    this.protocols = Set.copyOf(b.protocols);
    this.mozillaSuites = b.allowedSuites == null ? Optional.ofNullable(b.mozillaSuites) : Optional.empty();
    this.allowedSuites = Optional.ofNullable(b.allowedSuites).map(Set::copyOf);
    this.forbiddenSuites = Set.copyOf(b.forbiddenSuites);
    this.forbiddenWeaknesses = Set.copyOf(b.forbiddenWeaknesses);
    this.minimumRsaBits = b.minimumRsaBits;
    this.minimumEcBits = b.minimumEcBits;
    this.forbiddenSignatureHashes = Set.copyOf(b.forbiddenSignatureHashes);
    this.renewalWindow = b.renewalWindow;
  }

  /**
   * @param name how messages name the policy, such as {@code acme} ("the acme profile allows ...")
   * @return a builder starting from {@link #INTERMEDIATE}'s rules
   * @throws IllegalArgumentException when the name is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** @return the built-in policy of a {@code readiness.yaml} profile */
  public static TlsPolicy of(TlsProfile profile) {
    return switch (profile) {
      case INTERMEDIATE -> INTERMEDIATE;
      case MODERN -> MODERN;
      case BASELINE -> BASELINE;
    };
  }

  /**
   * @param fromProfile the profile's policy, used when none is in force
   * @return the policy put in force on this thread by {@link #within(Runnable)} or {@link #apply(Supplier)}, else
   *     {@code fromProfile}'s
   */
  public static TlsPolicy inForce(TlsProfile fromProfile) {
    TlsPolicy inForce = IN_FORCE.get();
    return inForce != null ? inForce : of(fromProfile);
  }

  /**
   * Runs the action with this policy in force for every {@code tls.*} check it runs on the current thread, in place
   * of the profile's; the previous policy is restored afterwards, also when the action throws.
   *
   * @param action for example {@code () -> Readiness.check("tls.ciphers", target)}
   * @param <T> what the action returns
   * @return what the action returned
   */
  public <T> T apply(Supplier<T> action) {
    TlsPolicy previous = IN_FORCE.get();
    IN_FORCE.set(this);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        IN_FORCE.remove();
      } else {
        IN_FORCE.set(previous);
      }
    }
  }

  /**
   * Runs the action with this policy in force, see {@link #apply(Supplier)}.
   *
   * @param action for example {@code () -> Readiness.assertThat(target).passes("tls.ciphers")}
   */
  public void within(Runnable action) {
    apply(() -> {
      action.run();
      return null;
    });
  }

  /** @return how messages name the policy */
  public String name() {
    return name;
  }

  /** @return the protocol versions allowed (a subset of TLS 1.2 and 1.3) */
  public Set<TlsVersion> protocols() {
    return protocols;
  }

  /**
   * @return the severity of a pre-1.3 suite that is not ECDHE with AES-GCM or ChaCha20, or a TLS 1.3 suite outside
   *     Mozilla's three; empty when the policy lists its {@link #allowedSuites()} instead
   */
  public Optional<Severity> mozillaSuites() {
    return mozillaSuites;
  }

  /** @return the only suites allowed (IANA names), or empty when the policy does not list them */
  public Optional<Set<String>> allowedSuites() {
    return allowedSuites;
  }

  /** @return suites (IANA names) that fail even when otherwise allowed */
  public Set<String> forbiddenSuites() {
    return forbiddenSuites;
  }

  /** @return weakness classes that fail besides the floor's (for example {@link SuiteWeakness#CBC}) */
  public Set<SuiteWeakness> forbiddenWeaknesses() {
    return forbiddenWeaknesses;
  }

  /** @return the smallest RSA modulus the leaf may have, in bits */
  public int minimumRsaBits() {
    return minimumRsaBits;
  }

  /** @return the smallest EC field the leaf may have, in bits */
  public int minimumEcBits() {
    return minimumEcBits;
  }

  /** @return hash names (upper case, such as {@code SHA1}) that no leaf or intermediate signature may use */
  public Set<String> forbiddenSignatureHashes() {
    return forbiddenSignatureHashes;
  }

  /** @return the most time left that can still fail the renewal rule (min(window, a third of the lifetime)) */
  public Duration renewalWindow() {
    return renewalWindow;
  }

  @Override
  public String toString() {
    return "TlsPolicy[" + name + ": " + protocols.stream().sorted().map(TlsVersion::label)
        .collect(Collectors.joining(", ")) + "]";
  }

  /** Builds a {@link TlsPolicy}; every setter validates its input and says what was wrong. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {

    private final String name;
    private Set<TlsVersion> protocols = EnumSet.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
    private Severity mozillaSuites = Severity.FAIL;
    private Set<String> allowedSuites;
    private final Set<String> forbiddenSuites = new LinkedHashSet<>();
    private final Set<SuiteWeakness> forbiddenWeaknesses = EnumSet.noneOf(SuiteWeakness.class);
    private int minimumRsaBits = 2048;
    private int minimumEcBits = 256;
    private final Set<String> forbiddenSignatureHashes = new LinkedHashSet<>(List.of("MD5", "SHA1"));
    private Duration renewalWindow = CertificateValidityPolicy.RENEWAL_WINDOW;

    private Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a TLS policy needs a name for its messages, such as \"acme\"");
      }
      this.name = name.strip();
    }

    /**
     * @param versions the versions allowed: TLS 1.2 and/or TLS 1.3
     * @return this builder
     * @throws IllegalArgumentException when empty or naming a version that fails every profile (RFC 8996)
     */
    public Builder protocols(TlsVersion... versions) {
      if (versions.length == 0) {
        throw new IllegalArgumentException("TLS policy " + name + ": allow at least one of TLSv1.2, TLSv1.3");
      }
      Set<TlsVersion> chosen = EnumSet.noneOf(TlsVersion.class);
      for (TlsVersion version : versions) {
        if (Objects.requireNonNull(version, "version").isObsolete()) {
          throw new IllegalArgumentException("TLS policy " + name + ": " + version.label()
              + " cannot be allowed: it is deprecated (RFC 8996) and fails every profile");
        }
        chosen.add(version);
      }
      this.protocols = chosen;
      return this;
    }

    /**
     * @param severity how a suite outside Mozilla's intermediate list is judged: FAIL or WARNING
     * @return this builder
     */
    public Builder mozillaSuites(Severity severity) {
      if (severity != Severity.FAIL && severity != Severity.WARNING) {
        throw new IllegalArgumentException("TLS policy " + name + ": mozillaSuites is FAIL or WARNING, not "
            + severity);
      }
      this.mozillaSuites = severity;
      return this;
    }

    /**
     * Lists the only suites allowed, in place of Mozilla's list.
     *
     * @param ianaNames names as in the IANA registry, such as {@code TLS_AES_128_GCM_SHA256}
     * @return this builder
     * @throws IllegalArgumentException naming a suite the registry does not know
     */
    public Builder allowedSuites(String... ianaNames) {
      this.allowedSuites = known(ianaNames);
      return this;
    }

    /**
     * @param ianaNames suites that fail even when allowed otherwise
     * @return this builder
     * @throws IllegalArgumentException naming a suite the registry does not know
     */
    public Builder forbiddenSuites(String... ianaNames) {
      forbiddenSuites.addAll(known(ianaNames));
      return this;
    }

    /**
     * @param weaknesses weakness classes that fail besides the floor's, such as {@link SuiteWeakness#CBC}
     * @return this builder
     */
    public Builder forbid(SuiteWeakness... weaknesses) {
      forbiddenWeaknesses.addAll(List.of(weaknesses));
      return this;
    }

    /**
     * @param rsaBits the smallest RSA modulus, at least 2048
     * @param ecBits the smallest EC field, at least 256
     * @return this builder
     * @throws IllegalArgumentException when a minimum is below the floor
     */
    public Builder minimumKeyBits(int rsaBits, int ecBits) {
      if (rsaBits < 2048 || ecBits < 256) {
        throw new IllegalArgumentException("TLS policy " + name + ": minimum key sizes cannot go below RSA 2048 and "
            + "EC 256 bits (given RSA " + rsaBits + ", EC " + ecBits + ")");
      }
      this.minimumRsaBits = rsaBits;
      this.minimumEcBits = ecBits;
      return this;
    }

    /**
     * @param hashes further hash names no leaf or intermediate signature may use, such as {@code SHA224}; MD5 and
     *     SHA-1 are always forbidden
     * @return this builder
     */
    public Builder forbidSignatureHashes(String... hashes) {
      for (String hash : hashes) {
        String normalised = hash.toUpperCase(Locale.ROOT).replace("-", "");
        if (normalised.isBlank()) {
          throw new IllegalArgumentException("TLS policy " + name + ": a forbidden signature hash is blank");
        }
        forbiddenSignatureHashes.add(normalised);
      }
      return this;
    }

    /**
     * @param window the most time left that can still fail the renewal rule; the rule is min(window, a third of
     *     the certificate's lifetime)
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder renewalWindow(Duration window) {
      if (window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("TLS policy " + name + ": the renewal window must be positive, not "
            + window);
      }
      this.renewalWindow = window;
      return this;
    }

    /** @return the policy */
    public TlsPolicy build() {
      return new TlsPolicy(this);
    }

    private Set<String> known(String... ianaNames) {
      Set<String> names = new LinkedHashSet<>();
      for (String suite : ianaNames) {
        if (CipherSuites.all().stream().noneMatch(s -> s.name().equals(suite))) {
          throw new IllegalArgumentException("TLS policy " + name + ": '" + suite + "' is not a cipher suite of the "
              + "IANA registry (write names such as TLS_AES_128_GCM_SHA256)");
        }
        names.add(suite);
      }
      return names;
    }
  }
}
