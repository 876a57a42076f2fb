package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import dev.readiness.profile.StackProfile;
import dev.readiness.profile.Upload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The requests that make a server raise an error: malformed JSON to each configured POST endpoint (the login and
 * the upload path) with Spring's {@code trace=true} parameter, an unknown route, a wrong method on the home page and
 * an over-long header.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ForcedErrors {

  /** The malformed JSON sent: an object cut off after its first member. */
  public static final String MALFORMED_JSON = "{\"readiness\": \"probe\",";

  /** The length of the over-long header value: 16 KiB, above the 8 KiB most servers accept. */
  public static final int LONG_HEADER_LENGTH = 16 * 1024;

  private ForcedErrors() {}

  /**
   * @param profile where the POST endpoints and home page are
   * @param http resolves paths on the target
   * @return the requests, POSTs first
   */
  public static List<ProbeRequest> of(StackProfile profile, HttpProbe http) {
    Set<String> posts = new LinkedHashSet<>();
    profile.auth().flatMap(auth -> auth.login()).map(Login::path).ifPresent(posts::add);
    profile.upload().map(Upload::path).ifPresent(posts::add);
    List<ProbeRequest> requests = new ArrayList<>();
    for (String path : posts) {
      requests.add(ProbeRequest.builder("POST", http.resolve(path + (path.contains("?") ? "&" : "?")
          + "trace=true")).body(MALFORMED_JSON, "application/json").build());
    }
    String home = profile.paths().home();
    requests.add(ProbeRequest.get(http.resolve("/readiness-" + UUID.randomUUID())));
    requests.add(ProbeRequest.builder("DELETE", http.resolve(home)).build());
    requests.add(ProbeRequest.builder("GET", http.resolve(home))
        .header("X-Readiness-Padding", "a".repeat(LONG_HEADER_LENGTH)).build());
    return requests;
  }
}
