package dev.readiness.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content signatures of every exposed path: the real content matches, look-alikes do not. */
class ExposurePolicyTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "/.env             | DB_PASSWORD=s3cret\\nDEBUG=1                      | true",
      "/.env             | export API_KEY=abc                              | true",
      "/.env             | <html><body>KEY=value</body></html>             | false",
      "/.env             | Not Found                                       | false",
      "/.env.bak         | SECRET_KEY = abc                                | true",
      "/.git/HEAD        | ref: refs/heads/main                            | true",
      "/.git/HEAD        | 3f786850e387550fdab836ed7e6dc881de23001b        | true",
      "/.git/HEAD        | <!doctype html><p>ref: refs/heads/main</p>      | false",
      "/.git/config      | [core]\\n\\trepositoryformatversion = 0          | true",
      "/.git/config      | <html>[core]</html>                             | false",
      "/config.json      | {\"apiKey\": \"x\"}                             | true",
      "/config.json      | []                                              | false",
      "/config.json      | <html>{\"a\": 1}</html>                         | false",
      "/openapi.json     | {\"openapi\": \"3.0.2\", \"paths\": {}}         | true",
      "/openapi.json     | {\"swagger\": \"2.0\"}                          | true",
      "/openapi.json     | {\"detail\": \"Not Found\"}                     | false",
      "/docs             | <script>SwaggerUIBundle({url: '/openapi.json'})</script> | true",
      "/docs             | <html><div id=root></div></html>                | false",
      "/actuator         | {\"_links\": {\"self\": {\"href\": \"/actuator\"}}} | true",
      "/actuator/env     | {\"activeProfiles\": [], \"propertySources\": []} | true",
      "/metrics          | # HELP http_requests_total Total\\n# TYPE http_requests_total counter | true",
      "/metrics          | <html>metrics dashboard</html>                  | false",
      "/graphiql         | <title>GraphiQL</title>                         | true"})
  void signaturesTellRealContentFromLookAlikes(String path, String body, boolean real) {
    ExposedPath exposed = java.util.stream.Stream.concat(ExposedPaths.FILES.stream(),
        ExposedPaths.DEBUG_ENDPOINTS.stream()).filter(p -> p.path().equals(path)).findFirst().orElseThrow();

    assertThat(exposed.signature().test(body.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(real);
  }
}
