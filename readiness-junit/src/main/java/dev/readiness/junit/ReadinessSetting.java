package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;

/**
 * Sets one stack-profile value for this test class, over what {@code readiness.yaml} says (or when there is no
 * file). The value is validated exactly like the file's; an invalid one fails every check with a message that
 * names this annotation. Keys are those of docs/profile.md.
 *
 * <pre>{@code
 * @ReadinessTest(profile = "readiness.yaml")
 * @ReadinessSetting(key = "hsts.minMaxAge", value = "180d")
 * @ReadinessSetting(key = "jwt.maxLifetime", value = "10m")
 * class ApiReadinessTest implements ProductionReadinessKit {}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
@Repeatable(ReadinessSettings.class)
public @interface ReadinessSetting {

  /** @return the dotted profile key, for example {@code jwt.maxLifetime} */
  String key();

  /** @return the value as it would be written in {@code readiness.yaml}, for example {@code 10m} */
  String value();
}
