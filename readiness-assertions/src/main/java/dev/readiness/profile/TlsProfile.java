package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How strictly the TLS and HSTS checks judge the stack (profile key {@code profile}).
 *
 * <p>In {@code readiness.yaml} the values are written in lower case: {@code intermediate},
 * {@code modern} or {@code baseline}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TlsProfile {
  /** The default, after Mozilla's server-side TLS guideline 6.0 "intermediate". */
  INTERMEDIATE,
  /** Stricter: TLS 1.3 only, {@code includeSubDomains} required for HSTS. */
  MODERN,
  /** Only the hard floor fails; weaker findings are warnings. */
  BASELINE;

  /** @return the name as written in {@code readiness.yaml}, such as {@code intermediate} */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a profile name as written in {@code readiness.yaml}.
   *
   * @param name {@code intermediate}, {@code modern} or {@code baseline}
   * @return the profile
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static TlsProfile fromYamlName(String name) {
    for (TlsProfile profile : values()) {
      if (profile.yamlName().equals(name)) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a TLS profile; use intermediate, modern or baseline");
  }
}
