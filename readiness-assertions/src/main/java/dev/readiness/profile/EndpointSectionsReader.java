package dev.readiness.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the sections that name endpoints to probe: {@code cors}, {@code rateLimit},
 * {@code upload}, {@code websocket} and {@code load}.
 */
final class EndpointSectionsReader {

  private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,20}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

  private EndpointSectionsReader() {}

  static Optional<Cors> cors(ProfileNode root) {
    return root.section("cors", "allowedOrigins", "public").map(cors -> new Cors(
        cors.value("allowedOrigins", list -> origins(list.items()), List.of()),
        cors.value("public", ProfileNode::bool, false)));
  }

  static RateLimit rateLimit(ProfileNode root) {
    return root.section("rateLimit", "endpoints", "login", "loginAttempts")
        .map(rateLimit -> new RateLimit(
            rateLimit.value("endpoints", list -> list.items().stream()
                .map(EndpointSectionsReader::rateLimitEndpoint).toList(), List.of()),
            rateLimit.value("login", ProfileNode::bool, false),
            rateLimit.value("loginAttempts", EndpointSectionsReader::loginAttempts, RateLimit.DEFAULT_LOGIN_ATTEMPTS)))
        .orElseGet(() -> new RateLimit(List.of(), false));
  }

  static Optional<Upload> upload(ProfileNode root) {
    return root.section("upload", "path", "field", "authenticated", "allowedTypes", "maxBytes")
        .map(upload -> new Upload(
            upload.required("path").path(),
            upload.value("field", ProfileNode::text, Upload.DEFAULT_FIELD),
            upload.value("authenticated", ProfileNode::bool, false),
            upload.value("allowedTypes", list -> list.items().stream()
                .map(item -> item.as(EndpointSectionsReader::mediaType)).toList(), List.of()),
            upload.required("maxBytes").number(ValueLimits.UPLOAD_MAX_BYTES)));
  }

  static Optional<WebSocketSettings> websocket(ProfileNode root) {
    return root.section("websocket", "path", "protected").map(websocket -> new WebSocketSettings(
        websocket.required("path").path(),
        websocket.value("protected", ProfileNode::bool, false)));
  }

  static Optional<Load> load(ProfileNode root) {
    return root.section("load", "path", "concurrency", "duration", "p95", "rate").map(load -> new Load(
        load.required("path").path(),
        load.value("concurrency", node -> (int) node.number(ValueLimits.LOAD_CONCURRENCY), Load.DEFAULT_CONCURRENCY),
        load.value("duration", node -> node.duration(ValueLimits.LOAD_DURATION), Load.DEFAULT_DURATION),
        load.value("p95", node -> node.duration(ValueLimits.LOAD_P95), Load.DEFAULT_P95),
        load.get("rate").map(node -> OptionalInt.of((int) node.number(ValueLimits.LOAD_RATE)))
            .orElse(OptionalInt.empty())));
  }

  private static List<String> origins(List<ProfileNode> items) {
    return items.stream().map(item -> item.as(OriginValue::check)).toList();
  }

  private static RateLimitEndpoint rateLimitEndpoint(ProfileNode endpoint) {
    endpoint.mapping("path", "method", "authenticated", "maxRequests");
    return new RateLimitEndpoint(
        endpoint.required("path").path(),
        endpoint.value("method", node -> node.as(EndpointSectionsReader::method),
            RateLimitEndpoint.DEFAULT_METHOD),
        endpoint.value("authenticated", ProfileNode::bool, false),
        endpoint.value("maxRequests", node -> (int) node.number(ValueLimits.RATE_LIMIT_MAX_REQUESTS),
            RateLimitEndpoint.DEFAULT_MAX_REQUESTS));
  }

  private static int loginAttempts(ProfileNode node) {
    int attempts = node.positiveInt();
    if (attempts > RateLimit.MAX_LOGIN_ATTEMPTS) {
      throw node.error(attempts + " is more than the " + RateLimit.MAX_LOGIN_ATTEMPTS + " failed logins an hour "
          + "ASVS V2.2.1 tolerates; use at most " + RateLimit.MAX_LOGIN_ATTEMPTS);
    }
    return attempts;
  }

  private static String method(String text) {
    if (!METHOD.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an HTTP method such as GET or POST");
    }
    return text.toUpperCase(Locale.ROOT);
  }

  private static String mediaType(String text) {
    if (!MEDIA_TYPE.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a media type such as image/png");
    }
    return text;
  }
}
