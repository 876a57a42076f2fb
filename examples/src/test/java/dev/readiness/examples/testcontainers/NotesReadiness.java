package dev.readiness.examples.testcontainers;

import dev.readiness.junit.ReadinessSetting;
import dev.readiness.junit.ReadinessTarget;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.RuntimeKit;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The runtime example to copy: Testcontainers starts the notes application and its Redis, {@code @ReadinessTarget}
 * makes the application the stack under test (its URL and its container), and {@link RuntimeKit} restarts it, stops
 * Redis under it, reads its logs and sends it SIGTERM. Every check passes: notes live in Redis, health reports Redis
 * gone and the API answers 503, nothing secret is logged, SIGTERM drains, the refresh token lives 7 days.
 */
@Testcontainers
@ReadinessTest
@ReadinessSetting(key = "target.timeout", value = "10s")
@ReadinessSetting(key = "paths.health", value = "/health")
@ReadinessSetting(key = "auth.login.path", value = "/login")
@ReadinessSetting(key = "auth.login.body", value = "{\"username\":\"${user}\",\"password\":\"${password}\"}")
@ReadinessSetting(key = "auth.login.user", value = "alice")
@ReadinessSetting(key = "auth.login.password", value = "correct-horse-battery")
@ReadinessSetting(key = "auth.login.accessToken", value = "/access_token")
@ReadinessSetting(key = "auth.login.refreshToken", value = "/refresh_token")
@ReadinessSetting(key = "persistence.create.method", value = "POST")
@ReadinessSetting(key = "persistence.create.path", value = "/api/notes")
@ReadinessSetting(key = "persistence.create.body", value = "{\"text\":\"survives a restart\"}")
@ReadinessSetting(key = "persistence.read.path", value = "/api/notes/${id}")
@ReadinessSetting(key = "dependency.container", value = NotesReadiness.REDIS_NAME)
@ReadinessSetting(key = "dependency.api.method", value = "POST")
@ReadinessSetting(key = "dependency.api.path", value = "/api/notes")
@ReadinessSetting(key = "dependency.api.body", value = "{\"text\":\"needs redis\"}")
@ReadinessSetting(key = "dependency.within", value = "15s")
@ReadinessSetting(key = "shutdown.request.path", value = "/slow")
@ReadinessSetting(key = "shutdown.stopTimeout", value = "5s")
public class NotesReadiness implements RuntimeKit {

  /** Redis's container name: the profile names the dependency by it. */
  static final String REDIS_NAME = "readiness-example-notes-redis";

  static final Network NETWORK = Network.newNetwork();

  @Container
  static GenericContainer<?> redis = NotesContainers.redis(NETWORK, REDIS_NAME);

  @Container
  @ReadinessTarget
  static GenericContainer<?> app = NotesContainers.app(NETWORK, "STORE=redis", "HEALTH=deep", "SLOW_MS=2000",
      "REFRESH_TTL=604800").dependsOn(redis);
}
