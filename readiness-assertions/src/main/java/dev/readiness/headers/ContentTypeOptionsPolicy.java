package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code headers.content-type-options} rule: every response carries {@code X-Content-Type-Options: nosniff}
 * (the first such header, trimmed, compared case-insensitively, as MDN HTTP Observatory reads it).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentTypeOptionsPolicy {

  /** The response header this policy reads. */
  public static final String HEADER = "X-Content-Type-Options";

  private static final String FIX = "Send 'X-Content-Type-Options: nosniff' on every response "
      + "(Express: helmet(); nginx: add_header X-Content-Type-Options nosniff always;)";

  private ContentTypeOptionsPolicy() {}

  /** @return one blocking finding per response that lacks {@code nosniff} */
  public static List<Finding> evaluate(List<HttpExchange> responses) {
    List<Finding> findings = new ArrayList<>();
    for (HttpExchange response : responses) {
      String value = response.header(HEADER).map(String::strip).orElse(null);
      if (value == null) {
        findings.add(Finding.fail(response.summary() + " sent no " + HEADER + " header, so browsers may "
            + "MIME-sniff responses into executable content", FIX));
      } else if (!value.equalsIgnoreCase("nosniff")) {
        findings.add(Finding.fail(response.summary() + " sent " + HEADER + ": '" + value + "', which is not "
            + "'nosniff'", FIX));
      }
    }
    return findings;
  }
}
