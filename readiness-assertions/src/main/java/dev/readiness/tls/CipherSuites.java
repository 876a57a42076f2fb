package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The IANA cipher suite registry, read once from the resource {@code cipher-suites.tsv} next to this class. Every
 * suite the scanner offers comes from here, so enumeration never depends on what the running JDK enables.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CipherSuites {

  private static final String RESOURCE = "cipher-suites.tsv";
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
    try (InputStream in = CipherSuites.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the cipher suite registry " + RESOURCE + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<Integer, CipherSuite> suites = new LinkedHashMap<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          CipherSuite suite = parse(line, number);
          suites.put(suite.code(), suite);
        }
      }
      return Collections.unmodifiableMap(suites);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cipher suite registry " + RESOURCE, e);
    }
  }

  private static CipherSuite parse(String line, int number) {
    String[] f = line.split("\t");
    if (f.length != 10) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": expected 10 tab-separated fields");
    }
    Set<SuiteWeakness> flags = EnumSet.noneOf(SuiteWeakness.class);
    if (!"-".equals(f[9])) {
      for (String name : f[9].split(",")) {
        flags.add(SuiteWeakness.fromRegistryName(name));
      }
    }
    return new CipherSuite(Integer.parseInt(f[0], 16), f[1], f[2], "TLSv1.3".equals(f[3]), f[4], f[5], f[6],
        Integer.parseInt(f[7]), f[8], flags);
  }
}
