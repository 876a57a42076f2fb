package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.RequestTemplate;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Turns a profile's {@link RequestTemplate} into a request on a base URL that may have moved (a restarted
 * container's new port), with {@code ${id}} in the path replaced by a record's id, URL-encoded.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TemplateRequests {

  private TemplateRequests() {}

  /**
   * @param base the base URL that reaches the application now
   * @param template the profile's request
   * @param id what {@code ${id}} stands for; empty leaves the path as written
   * @return the request, with the body sent as {@code application/json} when there is one
   * @throws ProbeException naming the path when it does not make a URL
   */
  public static ProbeRequest of(URI base, RequestTemplate template, String id) {
    String path = id.isEmpty() ? template.path()
        : template.path().replace("${id}", URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    URI url;
    try {
      url = base.resolve(path);
    } catch (IllegalArgumentException e) {
      throw new ProbeException("'" + path + "' does not make a URL on " + base + ": " + e.getMessage(), e);
    }
    ProbeRequest.Builder builder = ProbeRequest.builder(template.method(), url).header("Accept", "application/json");
    return template.body().isEmpty() ? builder.build() : builder.body(template.body(), "application/json").build();
  }
}
