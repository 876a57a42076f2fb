package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;

/**
 * Expectations on access tokens for this test class: shorthand for
 * {@code @ReadinessSetting(key = "jwt.maxLifetime", value = ...)}, validated the same way.
 *
 * <pre>{@code
 * @ReadinessTest
 * @JwtPolicy(maxLifetime = "PT10M")
 * class ApiReadinessTest implements ProductionReadinessKit {}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface JwtPolicy {

  /** @return the longest acceptable access-token lifetime, such as {@code 10m} or {@code PT10M} */
  String maxLifetime();
}
