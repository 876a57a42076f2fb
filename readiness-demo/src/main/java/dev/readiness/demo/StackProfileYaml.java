package dev.readiness.demo;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Renders the {@code readiness.yaml} that describes a running demo stack, using only keys of the stack-profile
 * contract. Every value is taken from the code that serves it (paths, account, upload limits), so the profile
 * always matches the stack.
 */
final class StackProfileYaml {

  static final String FILE_NAME = "readiness.yaml";
  static final String CA_FILE_NAME = "ca.pem";

  /**
   * The demo's load: 20 users on the home page for 5 s, p95 at most 1 s; short, so a whole-kit run stays quick, and
   * loose, so the hardened stack passes with a wide margin even on a shared CI machine (p95 under 400 ms at a load
   * average of 27 on two cores), while {@link Misconfiguration#LOAD_SERIALISED} (about 4 s) fails it.
   */
  static final int LOAD_USERS = 20;
  static final String LOAD_DURATION = "5s";
  static final String LOAD_P95 = "1s";

  private StackProfileYaml() {}

  /** @return the profile for a stack whose listeners answer at {@code httpsUrl} and {@code httpUrl} */
  static String render(URI httpsUrl, URI httpUrl) {
    String allowedTypes = Arrays.stream(AllowedFileType.values())
        .map(AllowedFileType::mediaType)
        .collect(Collectors.joining(", ", "[", "]"));
    return """
        # The Readiness demo stack, written by dev.readiness.demo.DemoStack; valid while that stack runs.
        target:
          url: %s
          httpUrl: %s
          trust: %s
          timeout: 5s
        paths:
          home: %s
          health: %s
          protected: %s
        auth:
          login:
            path: %s
            body: '{"username":"${user}","password":"${password}"}'
            contentType: application/json
            user: %s
            password: '%s'
            accessToken: /access_token
            refreshToken: /refresh_token
          refresh:
            path: %s
            body: '{"refresh_token":"${refreshToken}"}'
        upload:
          path: %s
          field: %s
          authenticated: true
          allowedTypes: %s
          maxBytes: %d
        cors:
          allowedOrigins: [%s]
        websocket:
          path: '%s'
          protected: true
        load:
          path: %s
          concurrency: %d
          duration: %s
          p95: %s
        rateLimit:
          endpoints:
            - path: %s
              authenticated: true
              maxRequests: %d
          login: true
        """.formatted(
            withoutTrailingSlash(httpsUrl), withoutTrailingSlash(httpUrl), CA_FILE_NAME,
            Endpoints.HOME, Endpoints.HEALTH, Endpoints.ROOMS,
            Endpoints.LOGIN, DemoAccount.USER, DemoAccount.PASSWORD,
            Endpoints.REFRESH,
            Endpoints.FILES, UploadHandler.FIELD, allowedTypes, UploadHandler.MAX_BYTES,
            CrossOrigin.ALLOWED_ORIGIN, EngineIoSocket.HANDSHAKE_PATH, Endpoints.HOME, LOAD_USERS, LOAD_DURATION, LOAD_P95,
            Endpoints.ROOMS, ApiRateLimiter.CAPACITY * 6);
  }

  private static String withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
