package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The IANA cipher suite registry ({@code CipherSuiteRegistry}, generated from IANA's table by
 * {@code readiness-assertions/registry/cipher-suites.py}). Every suite the scanner offers comes from here, so
 * enumeration never depends on what the running JDK enables.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CipherSuites {

  private static final Map<Integer, CipherSuite> BY_CODE = load();
  private static final List<CipherSuite> TLS13 = select(true);
  private static final List<CipherSuite> LEGACY = select(false);

  private CipherSuites() {}

  /** @return every registered suite, in registry-file order */
  public static List<CipherSuite> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** @return the suites a TLS 1.3 ClientHello offers */
  public static List<CipherSuite> tls13() {
    return TLS13;
  }

  /** @return the suites an SSLv3 to TLS 1.2 ClientHello offers */
  public static List<CipherSuite> legacy() {
    return LEGACY;
  }

  /** @return the suites offered with this version */
  public static List<CipherSuite> offeredWith(TlsVersion version) {
    return version == TlsVersion.TLS_1_3 ? tls13() : legacy();
  }

  /**
   * @param code a two-byte suite code
   * @return the suite, if registered
   */
  public static Optional<CipherSuite> byCode(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  private static List<CipherSuite> select(boolean tls13) {
    List<CipherSuite> selected = new ArrayList<>();
    for (CipherSuite suite : BY_CODE.values()) {
      if (suite.tls13() == tls13) {
        selected.add(suite);
      }
    }
    return List.copyOf(selected);
  }

  private static Map<Integer, CipherSuite> load() {
    Map<Integer, CipherSuite> suites = new LinkedHashMap<>();
    for (CipherSuite suite : CipherSuiteRegistry.suites()) {
      suites.put(suite.code(), suite);
    }
    return Collections.unmodifiableMap(suites);
  }
}
