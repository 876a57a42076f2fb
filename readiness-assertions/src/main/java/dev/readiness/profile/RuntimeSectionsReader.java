package dev.readiness.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the sections of the runtime checks: {@code persistence}, {@code dependency}, {@code shutdown}, {@code session}. */
final class RuntimeSectionsReader {

  private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,20}");
  private static final Pattern POINTER = Pattern.compile("(/[^/]*)+");

  private RuntimeSectionsReader() {}

  static RuntimeSections read(ProfileNode root) {
    return new RuntimeSections(persistence(root), dependency(root), shutdown(root), session(root));
  }

  private static Optional<Persistence> persistence(ProfileNode root) {
    return root.section("persistence", "create", "read", "idPointer", "container", "healthWithin")
        .map(section -> new Persistence(
            request(section.required("create")),
            request(section.required("read")),
            section.value("idPointer", node -> node.as(RuntimeSectionsReader::pointer), Persistence.DEFAULT_ID_POINTER),
            section.get("container").map(RuntimeSectionsReader::container),
            section.value("healthWithin", node -> bounded(node, Persistence.MAX_HEALTH_WITHIN),
                Persistence.DEFAULT_HEALTH_WITHIN)));
  }

  private static Optional<Dependency> dependency(ProfileNode root) {
    return root.section("dependency", "container", "api", "within")
        .map(section -> new Dependency(
            container(section.required("container")),
            section.get("api").map(RuntimeSectionsReader::request),
            section.value("within", node -> bounded(node, Dependency.MAX_WITHIN), Dependency.DEFAULT_WITHIN)));
  }

  private static Optional<Shutdown> shutdown(ProfileNode root) {
    return root.section("shutdown", "request", "stopTimeout", "container")
        .map(section -> new Shutdown(
            request(section.required("request")),
            section.value("stopTimeout", node -> bounded(node, Shutdown.MAX_STOP_TIMEOUT),
                Duration.ofSeconds(Shutdown.DEFAULT_STOP_TIMEOUT_SECONDS)),
            section.get("container").map(RuntimeSectionsReader::container)));
  }

  private static Session session(ProfileNode root) {
    return root.section("session", "maxLifetime", "idleTimeout")
        .map(section -> new Session(
            section.value("maxLifetime", RuntimeSectionsReader::duration, Session.DEFAULT_MAX_LIFETIME),
            section.get("idleTimeout").map(RuntimeSectionsReader::idleTimeout)))
        .orElse(Session.DEFAULT);
  }

  private static RequestTemplate request(ProfileNode node) {
    node.mapping("method", "path", "body");
    return new RequestTemplate(
        node.value("method", method -> method.as(RuntimeSectionsReader::method), RequestTemplate.DEFAULT_METHOD),
        node.required("path").path(),
        node.value("body", ProfileNode::text, ""));
  }

  private static String container(ProfileNode node) {
    String text = node.text().strip();
    if (text.isEmpty()) {
      throw node.error("a container name or id cannot be blank");
    }
    return text;
  }

  private static Duration idleTimeout(ProfileNode node) {
    Duration timeout = duration(node);
    if (timeout.compareTo(Session.MAX_IDLE_TIMEOUT) > 0) {
      throw node.error(node.text() + " is longer than the " + Session.MAX_IDLE_TIMEOUT.toMinutes()
          + " minutes auth.session-lifetime waits; set a short idle timeout in the test stack, or leave it out");
    }
    return timeout;
  }

  /** @return the duration, which must be at least 1 s and at most {@code max}: the check's deadline allows no more */
  private static Duration bounded(ProfileNode node, Duration max) {
    Duration duration = duration(node);
    if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(max) > 0) {
      throw node.error(node.text() + " is outside 1s to " + max.toSeconds() + "s, which the check's deadline allows");
    }
    return duration;
  }

  private static Duration duration(ProfileNode node) {
    return node.as(DurationValue::parse);
  }

  private static String method(String text) {
    if (!METHOD.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an HTTP method");
    }
    return text;
  }

  private static String pointer(String text) {
    if (!POINTER.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a JSON pointer; write it as /id or /data/id");
    }
    return text;
  }
}
