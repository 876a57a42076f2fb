package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The {@code leak.banner} rule: no response names a product with its version (a {@code name/1.2} token, matched by
 * {@value #VERSION_TOKEN}) in {@code Server}, {@code X-Powered-By}, {@code X-AspNet-Version},
 * {@code X-AspNetMvc-Version} or {@code X-Generator}, and no response carries {@code X-Powered-By} at all. A bare
 * product name such as {@code nginx} or {@code uvicorn} passes. The ASP.NET headers carry a bare version
 * ({@code 4.0.30319}), so any digit-dot-digit value in them fails too. Each distinct header value is reported once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BannerPolicy {

  /** The regular expression of a product and version token (CRITERIA §8). */
  public static final String VERSION_TOKEN = "[\\w.-]+/\\d+(\\.\\d+)+";

  private static final Pattern VERSION = Pattern.compile(VERSION_TOKEN);
  private static final Pattern BARE_VERSION = Pattern.compile("\\d+(\\.\\d+)+");
  private static final List<String> BANNER_HEADERS = List.of("Server", "X-Powered-By", "X-AspNet-Version",
      "X-AspNetMvc-Version", "X-Generator");
  private static final Set<String> BARE_VERSION_HEADERS = Set.of("X-AspNet-Version", "X-AspNetMvc-Version");
  private static final String FIX = "Hide versions: nginx server_tokens off; Express app.disable('x-powered-by'); "
      + "uvicorn --no-server-header; Spring server.server-header= ; IIS removeServerHeader and enableVersionHeader=false";

  private BannerPolicy() {}

  /** @return one blocking finding per distinct header value that names a version or is an X-Powered-By */
  public static List<Finding> evaluate(List<HttpExchange> responses) {
    List<Finding> findings = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (HttpExchange response : responses) {
      for (String header : BANNER_HEADERS) {
        for (String value : response.headers().all(header)) {
          String why = why(header, value);
          if (why != null && reported.add(header.toLowerCase(java.util.Locale.ROOT) + ":" + value)) {
            findings.add(Finding.fail(response.summary() + " sent " + header + ": '" + value + "', " + why, FIX));
          }
        }
      }
    }
    return findings;
  }

  private static String why(String header, String value) {
    Matcher version = VERSION.matcher(value);
    if (version.find()) {
      return "which tells attackers the exact version (" + version.group() + ") to look up exploits for";
    }
    if (BARE_VERSION_HEADERS.contains(header) && BARE_VERSION.matcher(value).find()) {
      return "which tells attackers the exact framework version to look up exploits for";
    }
    if (header.equals("X-Powered-By")) {
      return "which names the framework for no purpose";
    }
    return null;
  }
}
