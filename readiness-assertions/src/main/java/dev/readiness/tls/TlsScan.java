package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What one scan found: the suites accepted per protocol version (a version is accepted when at least one suite
 * is), the problems that kept it from deciding, and how long it took.
 *
 * @param endpoint {@code host:port} as scanned
 * @param accepted accepted suites per version, every version present (empty list when refused)
 * @param problems attempts that ended in a time-out or a malformed answer; a scan with problems cannot decide
 * @param handshakes how many ClientHellos were sent
 * @param duration the scan's wall time
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TlsScan(String endpoint, Map<TlsVersion, List<CipherSuite>> accepted, List<String> problems,
    int handshakes, Duration duration) {

  /** Copies the collections. */
  public TlsScan {
    Map<TlsVersion, List<CipherSuite>> copy = new EnumMap<>(TlsVersion.class);
    for (TlsVersion version : TlsVersion.values()) {
      copy.put(version, List.copyOf(accepted.getOrDefault(version, List.of())));
    }
    accepted = Map.copyOf(copy);
    problems = List.copyOf(problems);
  }

  /** @return the accepted versions, oldest first */
  public Set<TlsVersion> protocols() {
    Set<TlsVersion> protocols = EnumSet.noneOf(TlsVersion.class);
    for (TlsVersion version : TlsVersion.values()) {
      if (!accepted.get(version).isEmpty()) {
        protocols.add(version);
      }
    }
    return protocols;
  }

  /** @return the suites accepted with this version */
  public List<CipherSuite> suites(TlsVersion version) {
    return accepted.get(version);
  }

  /** @return one line per accepted version listing its suites and their weaknesses, as the report shows them */
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (TlsVersion version : protocols()) {
      text.append(version.label()).append(": ");
      String separator = "";
      for (CipherSuite suite : suites(version)) {
        text.append(separator).append(suite.name());
        List<String> notes = SuiteJudgement.weaknessLabels(suite);
        if (!notes.isEmpty()) {
          text.append(" [").append(String.join(", ", notes)).append(']');
        }
        separator = ", ";
      }
      text.append('\n');
    }
    for (String problem : problems) {
      text.append("problem: ").append(problem).append('\n');
    }
    return text.toString().strip();
  }
}
