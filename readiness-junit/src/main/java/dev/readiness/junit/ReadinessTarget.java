package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;

/**
 * Marks the static Testcontainers field of a {@link ReadinessTest} class that is the stack under test: a
 * {@code GenericContainer} (any {@code ContainerState}) or a {@code ComposeContainer}, started by
 * {@code @Testcontainers}/{@code @Container} or by the class itself before the checks run. Its host and mapped port
 * become the target URL (in place of {@code target.url}; the rest of the profile still applies), and its container
 * is what the {@code container.*} checks inspect (in place of the profile's {@code containers}).
 *
 * <pre>{@code
 * @Testcontainers
 * @ReadinessTest
 * class ApiReadinessTest implements ProductionReadinessKit {
 *   @Container @ReadinessTarget
 *   static GenericContainer<?> api = new GenericContainer<>("registry.example/api:1.4").withExposedPorts(8080);
 * }
 * }</pre>
 *
 * <p>At most one field per class is marked, it is static (one container serves every check of the class), and
 * {@link ReadinessTest#url()} is then left empty; anything else fails the checks with a
 * {@link ReadinessConfigurationException} naming the field.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.FIELD)
public @interface ReadinessTarget {

  /**
   * @return the container port the stack listens on; by default the first exposed port of a
   *     {@code GenericContainer} (a {@code ComposeContainer} needs it set, with {@link #service()})
   */
  int port() default 0;

  /** @return the compose service that is the target, for a {@code ComposeContainer}; unused otherwise */
  String service() default "";

  /** @return {@code http} (the default) or {@code https}: how the mapped port is spoken to */
  String scheme() default "http";
}
